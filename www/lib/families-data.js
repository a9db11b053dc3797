// Generated from rules/families.toml by tests/browser/gen-families.mjs: do not edit by hand.
export const GENERAL_ADVICE = {
  "zh": [
    "立即停止操作，不要转账、不要付款、不要提供验证码或银行卡密码。",
    "通过你自己查到的官方电话或官方 App 核实，不要用对方给的号码、链接或二维码。",
    "拿不准时拨打 96110 反诈专线咨询；已经转账请立即拨打 110 报警并联系银行止付。",
    "在“国家反诈中心”App 中举报可疑号码、链接和账号。"
  ],
  "en": [
    "Stop now: do not transfer money, pay, or share any verification code or card PIN.",
    "Verify through a phone number or app you look up yourself, never the number, link or QR code the other side gave you.",
    "In China, call the 96110 anti-fraud line when in doubt; if you have already paid, call 110 (or your local police) and your bank at once.",
    "Report suspicious numbers, links and accounts in the National Anti-Fraud Center app (国家反诈中心), or to your local fraud reporting service."
  ]
};
export const FAMILY_INFO = [
  {
    "id": "task_rebate",
    "name": {
      "zh": "刷单返利",
      "en": "Task / order-brushing rebate scam"
    },
    "summary": {
      "zh": "以兼职刷单、点赞关注、做任务为诱饵，先小额返利取得信任，再以“联单”“卡单”“任务未完成”为由要求不断垫付，最后无法提现。",
      "en": "Lures with easy part-time tasks (liking, following, brushing orders), pays small rebates to build trust, then demands ever larger advance payments for 'combo orders' or 'stuck tasks' until nothing can be withdrawn."
    },
    "advice": {
      "zh": [
        "凡是刷单都是诈骗：任何要你先垫付、充值才能领佣金的兼职都是骗局。",
        "不要下载对方提供的 App 或进入“任务群”。"
      ],
      "en": [
        "Any job that pays you for likes, reviews or orders but first asks you to pay or top up is a scam.",
        "Do not install the app or join the 'task group' they send you to."
      ]
    }
  },
  {
    "id": "fake_investment",
    "name": {
      "zh": "虚假投资理财",
      "en": "Fake investment / pig butchering"
    },
    "summary": {
      "zh": "以“导师带单”“内幕消息”“稳赚不赔”“高额回报”为饵，引导在虚假平台充值投资，先让小额获利，再以各种理由阻止提现。",
      "en": "Promises guaranteed or very high returns, insider tips or a mentor's trading signals, steers the victim to a fake platform (often with crypto deposits), shows early 'profits', then blocks withdrawals."
    },
    "advice": {
      "zh": [
        "正规投资不会承诺保本高收益；到证监会、金融监管总局官网查询平台和从业人员资质。",
        "不要在对方提供的链接或 App 里充值，不要把钱转入个人账户或买 USDT 入金。"
      ],
      "en": [
        "Real investments never guarantee high returns; check the platform's licence with the financial regulator yourself.",
        "Do not deposit through a link or app they send, and never send crypto or money to a personal account for 'trading'."
      ]
    }
  },
  {
    "id": "fake_shopping",
    "name": {
      "zh": "虚假网购",
      "en": "Fake online shopping"
    },
    "summary": {
      "zh": "以低价、代购、内部渠道商品为诱饵，要求绕开平台私下转账或扫码付款，收钱后不发货或拉黑。",
      "en": "Offers goods far below market price or 'internal channel' deals, asks to pay outside the platform by transfer or QR code, then never delivers."
    },
    "advice": {
      "zh": [
        "只在正规平台内下单付款，不要私下转账、扫码付款。",
        "价格远低于市场价的商品要格外警惕。"
      ],
      "en": [
        "Pay only inside the shopping platform; never pay a seller by private transfer or QR code.",
        "Be very wary of prices far below the market."
      ]
    }
  },
  {
    "id": "fake_customer_service",
    "name": {
      "zh": "冒充电商物流客服",
      "en": "Fake e-commerce / courier customer service"
    },
    "summary": {
      "zh": "冒充电商或快递客服，称商品有质量问题要理赔退款、快递丢失，或误开通会员/百万保障要关闭，诱导屏幕共享、下载会议软件、提供验证码或转账。",
      "en": "Pretends to be a shop's or courier's customer service offering a refund or compensation, or to cancel a 'membership' you never opened, then asks for screen sharing, a meeting app, a verification code or a transfer."
    },
    "advice": {
      "zh": [
        "退款理赔只在购物平台 App 内原路退回，客服不会要你转账、贷款或屏幕共享。",
        "挂断后通过购物平台 App 自行联系官方客服核实。"
      ],
      "en": [
        "Real refunds go back automatically through the shop's own app; no customer service asks you to transfer money, take a loan or share your screen.",
        "Hang up and contact the shop through its own app to check."
      ]
    }
  },
  {
    "id": "loan",
    "name": {
      "zh": "网络贷款 / 解冻费",
      "en": "Fake loan / unfreezing fee"
    },
    "summary": {
      "zh": "以“无抵押、低利息、秒到账”的贷款为诱饵，以刷流水、解冻费、保证金、手续费等名义要求先付钱。",
      "en": "Offers quick loans with no checks, then demands upfront payments: a 'deposit', 'unfreezing fee', 'proof of repayment ability' or 'account correction' fee."
    },
    "advice": {
      "zh": [
        "正规贷款在放款前不会收取任何费用。",
        "所谓“账户冻结需缴解冻费”“刷流水证明还款能力”都是诈骗。"
      ],
      "en": [
        "Legitimate lenders never charge a fee before paying out a loan.",
        "An 'unfreezing fee' or 'proving repayment ability' by transferring money is always a scam."
      ]
    }
  },
  {
    "id": "impersonate_official",
    "name": {
      "zh": "冒充公检法及政府机关",
      "en": "Impersonating police, courts or officials"
    },
    "summary": {
      "zh": "冒充公安、检察院、法院或政府工作人员，称你涉嫌洗钱、快递藏毒、社保医保异常，出示“通缉令”，要求保密并把钱转入“安全账户”配合调查。",
      "en": "Pretends to be police, prosecutors, a court, tax or other officials, claims you are linked to a crime or your benefits are frozen, demands secrecy and a transfer to a 'safe account'."
    },
    "advice": {
      "zh": [
        "公检法机关不会电话办案，不存在“安全账户”，不会要求你转账或保密。",
        "挂断电话，自己拨打 110 核实。"
      ],
      "en": [
        "Police and courts never handle cases by phone, never ask you to keep it secret, and there is no such thing as a 'safe account'.",
        "Hang up and call the police yourself on a number you look up."
      ]
    }
  },
  {
    "id": "impersonate_acquaintance",
    "name": {
      "zh": "冒充领导熟人 / 亲友",
      "en": "Impersonating a boss, friend or relative"
    },
    "summary": {
      "zh": "用新号码或新账号冒充领导、亲友、孩子或老师，以急用钱、送礼、交费为由要求转账，并叮嘱不要打电话。",
      "en": "Writes from a new number or account as your boss, a friend, a relative or your child ('hi mum'), needs money urgently, and avoids a phone call."
    },
    "advice": {
      "zh": [
        "凡是网上自称领导、亲友借钱的，一定先打电话或当面核实。",
        "不要只凭文字、语音甚至视频就转账。"
      ],
      "en": [
        "Whenever a boss, friend or relative asks for money online, call them on the number you already have, or meet, before paying.",
        "Do not pay on the strength of a text, voice note or even a video call alone."
      ]
    }
  },
  {
    "id": "credit_repair",
    "name": {
      "zh": "注销校园贷 / 征信修复",
      "en": "Cancel student loan / credit repair"
    },
    "summary": {
      "zh": "冒充金融平台客服，称你的校园贷账户未注销、会影响征信，要求把网贷额度借出来转到指定账户“清零”。",
      "en": "Pretends to be a lender's service desk: your old student-loan account 'hurts your credit score' unless cancelled, and you must borrow from apps and transfer the money to 'clear' it."
    },
    "advice": {
      "zh": [
        "征信无法“修复”，也不存在“注销校园贷账户”的说法。",
        "不要从网贷平台借款转给任何人。"
      ],
      "en": [
        "Nobody can 'repair' a credit record for a fee, and there is no such thing as having to cancel a student-loan account.",
        "Never borrow from lending apps to transfer the money to someone."
      ]
    }
  },
  {
    "id": "sextortion",
    "name": {
      "zh": "裸聊敲诈",
      "en": "Sextortion"
    },
    "summary": {
      "zh": "以交友、视频聊天为名诱导裸聊并录屏，或诱导安装窃取通讯录的 App，再以散播视频相要挟勒索钱财。",
      "en": "Lures into an intimate video chat that is recorded (or into installing an app that steals contacts), then threatens to send the video to family and friends unless paid."
    },
    "advice": {
      "zh": [
        "不要付钱：付了会被反复勒索。保存证据，立即报警。",
        "不要安装陌生人发来的聊天 App。"
      ],
      "en": [
        "Do not pay: paying leads to more demands. Keep the evidence and report to the police.",
        "Never install a chat app a stranger sends you."
      ]
    }
  },
  {
    "id": "elderly",
    "name": {
      "zh": "养老 / 保健品诈骗",
      "en": "Elderly-care, pension and health-product scams"
    },
    "summary": {
      "zh": "以养老投资、以房养老、免费体检、讲座送礼、包治百病的保健品为名，骗取老年人的积蓄。",
      "en": "Targets older people with 'pension projects', free health checks and gifts, miracle health products or home-for-pension schemes to take their savings."
    },
    "advice": {
      "zh": [
        "没有能包治百病的保健品，也没有政府兜底的高回报养老项目。",
        "大额支出前先和子女或社区商量。"
      ],
      "en": [
        "No health product cures everything, and no government-backed care project pays high returns.",
        "Talk to family before any large payment."
      ]
    }
  },
  {
    "id": "gold_courier",
    "name": {
      "zh": "购买黄金寄送",
      "en": "Buy gold and hand it over"
    },
    "summary": {
      "zh": "以“资金核查”“投资”等名义，让受害人把存款换成金条、首饰，再快递或当面交给“工作人员”。",
      "en": "Tells the victim to turn savings into gold bars or jewellery and post them or hand them to a 'courier' or 'officer' for 'verification' or 'investment'."
    },
    "advice": {
      "zh": [
        "任何要你买黄金再寄走、交给陌生人的都是诈骗。",
        "立即报警，不要交出黄金。"
      ],
      "en": [
        "Anyone asking you to buy gold and post it or give it to a courier is a scammer.",
        "Call the police; do not hand anything over."
      ]
    }
  },
  {
    "id": "tool_person",
    "name": {
      "zh": "出租出借两卡 / 跑分洗钱",
      "en": "Renting out cards / money mule"
    },
    "summary": {
      "zh": "以高额报酬收购、租用银行卡、电话卡、收款码或账号，或招人“跑分”“刷流水”帮忙转账，实为帮诈骗团伙洗钱，本人将承担刑事责任。",
      "en": "Pays you to rent out your bank card, SIM, payment code or account, or to move money for others ('money mule'): this launders fraud proceeds and is a crime for you."
    },
    "advice": {
      "zh": [
        "出租、出借、出售银行卡和电话卡是违法犯罪（帮信罪）。",
        "不要为陌生人代收代付任何款项。"
      ],
      "en": [
        "Renting or selling your bank card, SIM or account is a crime.",
        "Never receive or forward money for strangers."
      ]
    }
  },
  {
    "id": "prize",
    "name": {
      "zh": "中奖诈骗",
      "en": "Fake prize / lottery"
    },
    "summary": {
      "zh": "称你中了大奖、被抽为幸运用户，要求先交税费、手续费、保证金，或拨打高额付费号码领奖。",
      "en": "Says you have won a prize or were selected as a lucky customer, then asks for a fee or tax first, or to call or text a premium-rate number to claim."
    },
    "advice": {
      "zh": [
        "没有参加的抽奖不会中奖，真正的奖品不需要先交钱。",
        "不要回拨短信里的高额付费号码。"
      ],
      "en": [
        "You cannot win a draw you never entered, and real prizes never require a fee.",
        "Do not call or text premium-rate numbers in such messages."
      ]
    }
  },
  {
    "id": "flight_refund",
    "name": {
      "zh": "机票退改签",
      "en": "Flight cancellation / rebooking"
    },
    "summary": {
      "zh": "冒充航空公司发短信称航班取消或延误，可理赔或改签，诱导点击链接、拨打假客服电话，进而转账或提供银行卡信息。",
      "en": "Texts that your flight is cancelled or delayed with compensation or rebooking on offer, sends you to a fake hotline or link, then takes card details or a transfer."
    },
    "advice": {
      "zh": [
        "通过航空公司官方 App 或官方客服电话核实航班。",
        "改签退票不需要验证银行流水或转账。"
      ],
      "en": [
        "Check your flight in the airline's own app or on its official number.",
        "Rebooking or refunds never require you to transfer money."
      ]
    }
  },
  {
    "id": "game_trade",
    "name": {
      "zh": "网络游戏交易",
      "en": "Game account and item trading"
    },
    "summary": {
      "zh": "以低价出售或高价收购游戏账号、装备、皮肤为诱饵，引导到虚假交易平台，以解冻、保证金、手续费为名骗钱。",
      "en": "Offers cheap game accounts, skins or items (or to buy yours at a high price), moves the deal to a fake trading site, then asks for unfreezing or deposit fees."
    },
    "advice": {
      "zh": [
        "只在游戏官方或正规交易平台内交易。",
        "交易平台要求先交“解冻费”“保证金”都是诈骗。"
      ],
      "en": [
        "Trade only on the game's own or a reputable marketplace.",
        "A trading site that asks for an unfreezing fee or deposit is a scam."
      ]
    }
  },
  {
    "id": "phishing",
    "name": {
      "zh": "钓鱼链接 / 仿冒网站",
      "en": "Phishing link / fake website"
    },
    "summary": {
      "zh": "仿冒银行、支付、电商、政务、快递等官方网站或 App，诱导输入账号、密码、银行卡号、验证码。",
      "en": "Imitates the website or app of a bank, payment service, shop, government office or courier to collect logins, card numbers and verification codes."
    },
    "advice": {
      "zh": [
        "不要在链接打开的页面输入账号、密码、银行卡号或验证码。",
        "自己输入官方网址或打开官方 App 办理业务。"
      ],
      "en": [
        "Do not enter a login, password, card number or code on a page you reached from a link.",
        "Type the official address yourself or use the official app."
      ]
    }
  },
  {
    "id": "deepfake",
    "name": {
      "zh": "AI 换脸换声",
      "en": "AI face and voice cloning"
    },
    "summary": {
      "zh": "用 AI 合成熟人、领导的脸和声音进行视频或语音通话，制造紧急情况要求转账。",
      "en": "Uses AI to fake the face or voice of someone you know in a video or voice call to ask for an urgent transfer."
    },
    "advice": {
      "zh": [
        "视频、语音也可能是 AI 伪造：转账前用你已知的号码回拨核实，或问只有对方知道的问题。",
        "约定家人之间的“暗号”。"
      ],
      "en": [
        "Video and voice can be faked by AI: call back on a number you already know, or ask something only the real person knows, before paying.",
        "Agree on a family code word."
      ]
    }
  },
  {
    "id": "romance",
    "name": {
      "zh": "网络交友 / 婚恋诈骗",
      "en": "Online dating / romance scam"
    },
    "summary": {
      "zh": "在交友、婚恋平台建立恋爱关系，取得信任后以投资、急用、见面路费等借口要钱（常与“杀猪盘”投资诈骗相连）。",
      "en": "Builds an online romance, then asks for money for an emergency, a trip to meet, or an 'investment opportunity' (often the start of pig butchering)."
    },
    "advice": {
      "zh": [
        "从未见面的网友要钱或拉你投资，几乎都是诈骗。",
        "不要在对方推荐的平台充值。"
      ],
      "en": [
        "An online partner you have never met who asks for money or pushes an investment is almost always a scammer.",
        "Never deposit on a platform they recommend."
      ]
    }
  },
  {
    "id": "tech_support",
    "name": {
      "zh": "技术支持 / 账户异常诈骗",
      "en": "Tech support / account alert scam"
    },
    "summary": {
      "zh": "称你的电脑、手机、账户中毒或被盗、被异常扣费，要求安装远程控制软件、屏幕共享或购买礼品卡“解决”。",
      "en": "Claims your computer, phone or account is infected, hacked or being charged, then has you install remote-access software, share your screen or buy gift cards to 'fix' it."
    },
    "advice": {
      "zh": [
        "正规公司不会主动打电话要求你安装远程软件或用礼品卡付款。",
        "立即断开远程连接，修改密码，联系银行。"
      ],
      "en": [
        "Real companies never call to make you install remote-access tools or pay with gift cards.",
        "Disconnect any remote session, change passwords and call your bank."
      ]
    }
  }
];
