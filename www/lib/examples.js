// Example scam scripts, one per family, in Chinese and English, written for this project from
// the patterns in public police warnings (names, numbers and links are made up). The public page
// offers them as "try an example"; lessons mode shows them with the signs explained in plain
// words for two audiences (teen: students; elder: older people).
//
// signs: [phrase as it appears in the script, explanation for teenagers, explanation for elders]

export const FAMILIES = [
  {
    id: "task_rebate",
    name: { zh: "刷单返利", en: "Task / order-brushing rebate scam" },
    zh: {
      script: "【兼职招聘】宝妈、学生党在家就能做，动动手指日赚300-500元！只需给商品点赞做任务，一单一结。首单立返佣金，从第二单起需先垫付充值，完成联单后本金加佣金一起返还。名额有限，加微信 ljz8866 拉你进任务群，由接待员带你做任务。",
      signs: [
        ["动动手指日赚300-500元", "点点手机就能日赚几百？天下没有这么轻松的钱，这是钓鱼的饵。", "说动动手指就能一天挣几百元，这是骗子撒的饵，不要信。"],
        ["先垫付充值", "让你先掏钱“垫付”，这就是骗局收网的时候。凡是刷单都是诈骗。", "要您先交钱、先充值，钱一交就拿不回来了。"],
        ["联单", "“联单”“卡单”是骗子编的名目，目的是让你越垫越多。", "说什么“联单”没完成不能提现，是为了让您一次次再交钱。"],
        ["加微信", "把你拉到微信、QQ 等私聊，平台就管不到了。", "让您加私人微信，出了事找不到人。"],
      ],
    },
    en: {
      script: "Hi! I'm a recruiter from a digital marketing agency. We offer a remote job: like videos and rate products from your phone, flexible hours, daily pay of $100-300. After the first tasks you will unlock a combo order — just top up your account to continue and you get your deposit back plus commission. Add me on WhatsApp and join our group, your mentor will guide you.",
      signs: [
        ["daily pay of $100-300", "Hundreds a day for tapping 'like'? Nobody pays that. It's bait.", "Big pay for very little work is the hook that draws you in."],
        ["top up your account to continue", "The moment a 'job' asks you to pay in, it is a scam.", "A real job never asks you to pay money in. This is where they take your savings."],
        ["combo order", "'Combo orders' are invented so you keep paying more and more.", "The 'combo order' is a trick to make you pay again and again."],
        ["Add me on WhatsApp", "Moving you to a private chat takes you away from any platform that could protect you.", "They move you to a private chat where no one can check on them."],
      ],
    },
  },
  {
    id: "fake_investment",
    name: { zh: "虚假投资理财", en: "Fake investment / pig butchering" },
    zh: {
      script: "王姐您好，我是李老师的助理。李老师在我们的股票交流群里免费带单，上周推荐的三只票都涨停了。现在内部消息有一个新平台的打新名额，稳赚不赔，保本保息，月收益30%以上。您下载“恒信财富”App，把资金充值进去，我帮您一对一操作，今天入金还送500元体验金。",
      signs: [
        ["稳赚不赔", "投资不可能“稳赚不赔”，这样说的一定是骗子。", "天下没有只赚不赔的投资，这句话就是骗局的标志。"],
        ["月收益30%以上", "一个月赚三成？比正常高几十倍，明显不可能。", "每个月三成的收益远超银行利息几十倍，不可能是真的。"],
        ["内部消息", "“内部消息”“导师带单”是拉人进假平台的说法。", "说有“内部消息”，是为了让您相信他、跟着他投钱。"],
        ["下载“恒信财富”App", "陌生人让你装的理财 App，后台数字都是骗子改的。", "别人让您装的理财软件是假的，里面的“赚钱”数字都是骗子改的，钱取不出来。"],
      ],
    },
    en: {
      script: "Hello dear, I'm Anna. My uncle is a senior analyst and he gives insider tips in our VIP trading group. This crypto platform is guaranteed returns, 5% daily profit, no risk at all. I made $40,000 last month! Download the app from this link and deposit USDT to your account, I will guide you step by step. The offer ends today.",
      signs: [
        ["guaranteed returns", "No real investment can guarantee profits. This phrase alone is a red flag.", "Nobody can promise that an investment always makes money."],
        ["5% daily profit", "5% a day would double your money in two weeks. That doesn't exist.", "Such a profit every day is impossible; real savings pay a few percent a year."],
        ["insider tips", "'Insider tips' are meant to make you feel special and trust them.", "'Secret tips' are a way to win your trust."],
        ["deposit USDT", "Crypto sent to a platform they chose is gone for good.", "Money sent as crypto cannot be traced or brought back."],
      ],
    },
  },
  {
    id: "fake_shopping",
    name: { zh: "虚假网购", en: "Fake online shopping" },
    zh: {
      script: "亲，这款最新款手机是海关罚没的内部渠道货，全新未拆封，原价8999现在只要1999！平台上手续费太高，我们私下交易更便宜，加我微信，扫这个收款码付款，付全款后当天顺丰发货。库存只剩最后3台，先到先得。",
      signs: [
        ["原价8999现在只要1999", "比市场价便宜一大截，不是捡漏，是钓鱼。", "便宜得离谱的东西，往往是收了钱不发货。"],
        ["私下交易", "离开购物平台付款，出了问题平台管不了。", "不在正规平台里买，被骗了没人给您做主。"],
        ["扫这个收款码付款", "扫卖家的个人收款码付钱，钱直接进了骗子口袋。", "扫对方给的二维码付钱，钱就直接到了骗子手里。"],
        ["只剩最后3台", "“只剩几台”是催你别多想赶紧付钱。", "催您赶快付钱，就是不想让您多想、多问。"],
      ],
    },
    en: {
      script: "Brand new iPhone, sealed, only $199 (retail $1,199) — customs clearance stock. Don't buy through the marketplace, fees are too high. Pay me directly by bank transfer or gift card and I ship today. Only 2 left, first come first served. Text me on WhatsApp.",
      signs: [
        ["only $199 (retail $1,199)", "A price far below market is the bait, not a bargain.", "A price that is too good to be true usually is."],
        ["Don't buy through the marketplace", "Leaving the platform means losing its buyer protection.", "Outside the shop's own site nobody protects your money."],
        ["gift card", "Nobody honest asks to be paid in gift cards.", "Gift cards are like cash: once the numbers are sent, the money is gone."],
        ["Only 2 left", "Rushing you is a trick to stop you checking.", "Pressure to hurry is a warning sign."],
      ],
    },
  },
  {
    id: "fake_customer_service",
    name: { zh: "冒充电商物流客服", en: "Fake e-commerce / courier customer service" },
    zh: {
      script: "您好，我是某宝官方客服，您上周购买的婴儿奶粉被检测出质量问题，我们将给您三倍理赔退款。由于退款通道需要验证，请下载腾讯会议，输入会议号后打开屏幕共享，按我的指导操作。另外系统显示您误开通了百万保障会员，不关闭每月将自动扣费800元。",
      signs: [
        ["三倍理赔退款", "“多倍赔偿”是骗子让你放下戒心的甜头。", "主动说要加倍赔您钱，就是想让您听他的。"],
        ["屏幕共享", "屏幕共享后，对方能看到你的验证码和密码。", "一旦共享屏幕，您手机上的密码、验证码对方都看得见。"],
        ["误开通了百万保障会员", "“误开通会员要关闭”是常见的开场白。", "说您“开通了会员要扣费”，是在吓唬您。"],
        ["下载腾讯会议", "真客服不会让你装会议软件来退款。", "真的客服不会让您装开会的软件。"],
      ],
    },
    en: {
      script: "This is Amazon customer service. Your order of a MacBook for $1,499 was placed from a new device. If you did not make this purchase, we must refund you now. Please install AnyDesk and share your screen so our technician can process the refund. Do not hang up, and keep this confidential for security reasons.",
      signs: [
        ["we must refund you now", "Real refunds go back automatically; nobody calls to 'process' them.", "A real shop refunds through its own app without calling you."],
        ["install AnyDesk", "Remote-access apps give a stranger full control of your device.", "This kind of program lets a stranger use your computer and your bank."],
        ["share your screen", "Whoever sees your screen sees your codes and passwords.", "Sharing your screen shows them your passwords and codes."],
        ["keep this confidential", "Secrecy keeps you from asking someone who would spot the scam.", "Being told to keep it secret is a sure sign of a scam."],
      ],
    },
  },
  {
    id: "loan",
    name: { zh: "网络贷款 / 解冻费", en: "Fake loan / unfreezing fee" },
    zh: {
      script: "【闪电贷】无抵押、无征信、低利息，最快5分钟放款，额度最高20万。您的贷款已审批通过，但因银行卡号填写错误导致账户冻结，需缴纳解冻费3000元，另需刷流水证明还款能力，完成后连同贷款一起到账。请在30分钟内处理，否则将影响您的征信。",
      signs: [
        ["无抵押、无征信", "正规贷款都要审核信用，“不看征信”是冲着急需钱的人来的。", "正规银行贷款都要审核，说什么都不用查的，不可信。"],
        ["解冻费", "贷款没到手先交钱，就是诈骗。", "还没借到钱就让您先交钱，一定是骗局。"],
        ["刷流水证明还款能力", "“刷流水”就是让你把钱转给他们。", "让您转钱“证明还款能力”，钱转过去就没了。"],
        ["否则将影响您的征信", "拿征信吓唬你，逼你赶紧交钱。", "拿“影响信用”吓您，是逼您赶紧交钱。"],
      ],
    },
    en: {
      script: "Congratulations! Your loan of $5,000 is approved, no credit check, money in 10 minutes. Because the bank details you entered were wrong, the funds are frozen. Pay a $250 unlock fee by gift card to release the loan. You must act now or the approval expires today.",
      signs: [
        ["no credit check", "Real lenders always check; 'no check' targets people in a hurry.", "A proper lender always checks; this is aimed at people who need money fast."],
        ["unlock fee", "A lender that charges before paying out is a scammer.", "Paying a fee before you get a loan means losing that fee."],
        ["by gift card", "No lender takes gift cards.", "No real bank wants to be paid with gift cards."],
        ["act now", "Pressure to hurry stops you from checking.", "Being rushed is a warning sign."],
      ],
    },
  },
  {
    id: "impersonate_official",
    name: { zh: "冒充公检法及政府机关", en: "Impersonating police, courts or officials" },
    zh: {
      script: "我是市公安局刑侦支队的张警官，警号 031578。你的身份证涉嫌一起洗钱案，已被列为嫌疑人，检察院即将签发通缉令。为证明清白，你要配合资金核查，把名下存款转到国家安全账户，核查后退还。此案属于机密，不要告诉家人，银行工作人员问起就说是自己用。",
      signs: [
        ["涉嫌一起洗钱案", "警察不会打电话说你犯了案让你自证清白。", "公安办案不会在电话里告诉您“涉案”，这是吓唬人的。"],
        ["安全账户", "世上没有“安全账户”，一听到这四个字就挂电话。", "根本没有什么“安全账户”，让您转钱的都是骗子。"],
        ["不要告诉家人", "让你保密，就是怕你问别人后识破骗局。", "叮嘱您别告诉家人，是怕家人识破。"],
        ["银行工作人员问起就说是自己用", "教你对银行撒谎，说明他们知道银行会拦住你。", "教您对银行说假话，是因为银行会拦下这笔转账。"],
      ],
    },
    en: {
      script: "This is Officer Daniel Reed from the federal police. Your social security number has been used for money laundering and a warrant has been issued for your arrest. To protect your savings you must move them to a safe account held by the treasury today. Do not tell anyone, not even your family, and if the bank asks, say it is for a home renovation.",
      signs: [
        ["a warrant has been issued", "Police don't announce arrests over the phone to scare you into paying.", "The police do not phone to threaten arrest."],
        ["safe account", "There is no such thing as a 'safe account'. Hang up.", "No real authority will ever ask you to move money to a 'safe account'."],
        ["Do not tell anyone", "Secrecy stops you from asking someone who would spot the scam.", "They say 'keep it secret' so that no one can warn you."],
        ["if the bank asks", "Coaching you to lie to the bank shows they know the bank would stop it.", "Being told what to say to the bank means they know it is wrong."],
      ],
    },
  },
  {
    id: "impersonate_acquaintance",
    name: { zh: "冒充领导熟人 / 亲友", en: "Impersonating a boss, friend or relative" },
    zh: {
      script: "小刘，我是王总，这是我的新微信，旧号不用了。我现在在开会不方便接电话，有个合作方的保证金急需先付，你先从公司账上转8万元到这个账户：6222 0000 1234 5678，户名陈某某。事情比较急，办完截图发我，先别跟其他人说。",
      signs: [
        ["这是我的新微信", "“换了新号”是冒充熟人的经典开头。", "突然说“换新号了”，先打原来的电话问问本人。"],
        ["不方便接电话", "不接电话，是怕你听出不是本人。", "不肯接电话，是怕您听出声音不对。"],
        ["转8万元到这个账户", "往陌生账户转大额，一定要当面或电话核实。", "要转钱到一个陌生人的账户，一定要先当面问清楚。"],
        ["先别跟其他人说", "让你保密，就是怕你核实。", "不让您告诉别人，就是怕被识破。"],
      ],
    },
    en: {
      script: "Hi Mum, it's me, I dropped my phone in the toilet so this is my new number. Can't call right now, the mic is broken. I need to pay a bill urgently today, can you transfer $850 to this account? I'll pay you back tomorrow. Please don't tell Dad, I'll explain later x",
      signs: [
        ["this is my new number", "'New number' messages are how 'hi mum' scams start. Call the old number.", "Ring the old number you know before doing anything."],
        ["Can't call right now", "Avoiding a call means they don't want you to hear a stranger's voice.", "If they won't talk on the phone, it may not be your family at all."],
        ["transfer $850 to this account", "An urgent transfer to an unknown account needs checking first.", "Never pay a stranger's account because of a text."],
        ["don't tell Dad", "Secrecy stops someone else from spotting the scam.", "Asking you to keep it from the family is a warning sign."],
      ],
    },
  },
  {
    id: "credit_repair",
    name: { zh: "注销校园贷 / 征信修复", en: "Cancel student loan / credit repair" },
    zh: {
      script: "您好，我是某某金融平台客服。根据国家政策，您大学期间注册的校园贷账户必须注销，否则会影响征信，今后买房贷款都会受限。注销前需要把账户里的额度清零：请在各网贷平台把额度借出来，转到我们的指定账户，系统核验后原路退回，征信修复后会通知您。",
      signs: [
        ["校园贷账户必须注销", "根本没有“注销校园贷账户”这回事。", "没有什么账户必须“注销”，这是编出来的。"],
        ["否则会影响征信", "用“影响征信”吓你，是这类骗局的关键。", "拿“影响信用记录”来吓人。"],
        ["把额度借出来", "让你去网贷借钱再转走，最后欠债的是你。", "让您去借钱再转给他，最后欠债的是您自己。"],
        ["转到我们的指定账户", "转到“指定账户”的钱不会回来。", "钱转到对方说的账户，就回不来了。"],
      ],
    },
    en: {
      script: "This is the credit bureau support desk. Your old student loan account is still open and is damaging your credit score. To repair your credit you must close it today: borrow the available limit from these lending apps and transfer it to our verification account, it will be returned within an hour.",
      signs: [
        ["damaging your credit score", "Nobody can 'repair' your credit for you by phone.", "Threats about your credit score are meant to scare you."],
        ["borrow the available limit", "You would end up owing the loans while they keep the money.", "You would owe the loan while they keep the cash."],
        ["transfer it to our verification account", "Money sent to a 'verification account' doesn't come back.", "A 'verification account' is the scammer's own account."],
        ["you must close it today", "The deadline is there to rush you.", "Being rushed is a warning sign."],
      ],
    },
  },
  {
    id: "sextortion",
    name: { zh: "裸聊敲诈", en: "Sextortion" },
    zh: {
      script: "你刚才的视频我们都录下来了，你手机通讯录我们也拿到了。24小时内转5万元到这个账户，否则就把视频发给你的家人、同事和通讯录里所有人。别想着报警，报警就马上群发。",
      signs: [
        ["视频我们都录下来了", "录屏威胁是敲诈的开始。不要付钱，保存证据报警。", "被人拿视频威胁，不要害怕，赶紧报警。"],
        ["通讯录我们也拿到了", "这多半是你装了对方发来的聊天 App。", "装了陌生人给的软件，手机里的联系人就被偷走了。"],
        ["否则就把视频发给你的家人", "付了钱他们会一次次再要。报警是唯一出路。", "给了钱他们还会再要，只有报警才有用。"],
        ["别想着报警", "不让你报警，正说明他们怕警察。", "不让您报警，说明他们最怕警察。"],
      ],
    },
    en: {
      script: "We recorded your video call and we have your contact list. Send $3,000 in bitcoin within 24 hours or the video goes to your family, friends and classmates. Don't go to the police or we post it everywhere.",
      signs: [
        ["We recorded your video call", "This is blackmail. Don't pay; save the evidence and report it.", "Do not be ashamed and do not pay: report it to the police."],
        ["we have your contact list", "They probably got it from an app they made you install.", "An app from a stranger can steal your contacts."],
        ["Send $3,000 in bitcoin", "Paying leads to more demands, never to deletion.", "If you pay once, they will ask again."],
        ["Don't go to the police", "They fear the police. That's exactly where to go.", "They tell you not to call the police because the police can stop them."],
      ],
    },
  },
  {
    id: "elderly",
    name: { zh: "养老 / 保健品诈骗", en: "Elderly-care, pension and health-product scams" },
    zh: {
      script: "叔叔阿姨们好！我们是国家养老服务中心合作单位，本周六社区免费体检、听讲座送鸡蛋。我们的量子保健床垫能治高血压、糖尿病，包治百病。另外政府兜底的养老公寓项目开放内部认购，投入10万元每年返息15%，到期保本，名额有限先交定金。",
      signs: [
        ["免费体检、听讲座送鸡蛋", "免费礼品是把老人吸引来推销的第一步。", "送鸡蛋、送礼品是为了让您来听他们推销。"],
        ["包治百病", "没有什么能“包治百病”。", "没有任何东西能包治百病，有病要去正规医院。"],
        ["政府兜底", "政府不会为高回报的养老投资“兜底”。", "政府不会给这种投资做担保，这是假的。"],
        ["每年返息15%", "15% 的年息远高于银行，十有八九是骗局。", "每年给这么高的利息，远超银行，钱很可能拿不回来。"],
      ],
    },
    en: {
      script: "Dear senior, you are invited to a free health check and lunch seminar. Our miracle supplement cures arthritis, diabetes and heart disease in weeks. We also offer a government-backed retirement bond paying 12% guaranteed; reserve your place with a deposit today, places are limited.",
      signs: [
        ["free health check and lunch seminar", "Free gifts and lunches are a way to get older people into a sales pitch.", "A free lunch is often the start of a hard sell."],
        ["cures arthritis, diabetes and heart disease", "No supplement cures all that. Ask a real doctor.", "No pill cures everything; talk to your own doctor."],
        ["government-backed retirement bond", "Governments don't sell high-return bonds at seminars.", "The government does not sell investments at lunch events."],
        ["12% guaranteed", "A guaranteed 12% is far above any real savings rate.", "Such a high guaranteed rate is not real."],
      ],
    },
  },
  {
    id: "gold_courier",
    name: { zh: "购买黄金寄送", en: "Buy gold and hand it over" },
    zh: {
      script: "你的资金涉及一起案件，需要进行资金核查。为了避免银行流水被冻结，你去金店把存款全部买成金条，回家后装进盒子，今晚会有我们的工作人员上门取走做检测，核查完毕原封退还。整个过程不要告诉家人，金店问起就说是自己收藏。",
      signs: [
        ["资金核查", "任何机关都不会让你“核查资金”。", "没有哪个部门会让您拿钱来“核查”。"],
        ["买成金条", "让你把钱换成黄金，是因为黄金难以追回。", "让您把钱换成黄金交出去，黄金交出去就追不回来了。"],
        ["工作人员上门取走", "把黄金交给陌生“工作人员”，就是交给骗子。", "来拿黄金的“工作人员”就是骗子的同伙。"],
        ["不要告诉家人", "让你保密，是怕家人拦住你。", "不让告诉家人，是怕家人拦着您。"],
      ],
    },
    en: {
      script: "Your bank account is compromised by an insider. Withdraw your savings, buy gold bars and keep them sealed. A courier from the investigation unit will collect them tonight for safekeeping. Do not tell the bank staff the reason; say it is an investment.",
      signs: [
        ["buy gold bars", "Gold is asked for because it can't be traced or reversed.", "Once gold is handed over, it cannot be got back."],
        ["A courier from the investigation unit will collect them", "No investigator sends a courier to collect your gold.", "The 'courier' works for the scammers."],
        ["Do not tell the bank staff", "They coach you to lie because the bank would stop you.", "Bank staff are there to help; tell them the truth."],
        ["Your bank account is compromised", "A scary story to make you act without thinking.", "A frightening story is meant to rush you."],
      ],
    },
  },
  {
    id: "tool_person",
    name: { zh: "出租出借两卡 / 跑分洗钱", en: "Renting out cards / money mule" },
    zh: {
      script: "高价收卡！一类银行卡、电话卡出租，一张每月给你1500元，只需把卡和U盾寄给我们，不用你操作。学生也可以做跑分，手机上帮忙收款转账，每笔提成3%，日结，轻松月入过万。",
      signs: [
        ["银行卡、电话卡出租", "出租出借银行卡、电话卡是犯罪（帮信罪），会留案底。", "把自己的银行卡、手机卡借给别人用，是违法的，要坐牢。"],
        ["把卡和U盾寄给我们", "卡寄出去就成了骗子洗钱的工具，法律责任却在你。", "卡寄出去被骗子用来转赃款，责任算在您头上。"],
        ["跑分", "“跑分”就是帮诈骗团伙转赃款。", "“跑分”就是帮骗子转钱，是犯罪。"],
        ["每笔提成3%", "来钱太容易，一定是违法的。", "这么容易挣的钱，一定不是好路子。"],
      ],
    },
    en: {
      script: "Easy money! Rent out your bank account for $500 a week. We send payments into your account and you forward them to our partners, keeping 10% commission. You can also sell us your SIM card. No experience needed, students welcome.",
      signs: [
        ["Rent out your bank account", "Lending your account to strangers makes you a money mule: a crime.", "Letting others use your account is against the law."],
        ["you forward them to our partners", "Forwarding money for strangers is money laundering.", "Passing on money for strangers is how criminals clean stolen money."],
        ["sell us your SIM card", "Your SIM would be used to scam others in your name.", "Your phone number would be used for crimes in your name."],
        ["students welcome", "Mule recruiters target students on purpose.", "Young people are often targeted for this."],
      ],
    },
  },
  {
    id: "prize",
    name: { zh: "中奖诈骗", en: "Fake prize / lottery" },
    zh: {
      script: "恭喜您的手机号在《欢乐大本营》节目幸运抽奖中被抽中二等奖，奖金18万元及笔记本电脑一台！请在24小时内登录 http://hlsb-lingjiang.top 填写银行卡号领奖，领奖前需先缴纳个人所得税和公证费3600元。逾期将视为自动放弃。",
      signs: [
        ["被抽中二等奖", "你没参加过的抽奖，不可能中奖。", "没参加过抽奖怎么会中奖？这是骗人的。"],
        ["先缴纳个人所得税和公证费", "真正的奖品不需要你先交钱。", "真的中奖不用先交钱，让交钱的都是骗子。"],
        ["http://hlsb-lingjiang.top", "陌生短信里的链接常是钓鱼网站。", "短信里的网址不要点，可能是假网站。"],
        ["填写银行卡号", "在陌生网页填卡号，钱会被盗走。", "在不认识的网页上填银行卡号，钱会被偷。"],
      ],
    },
    en: {
      script: "CONGRATULATIONS! Your number was selected in our annual draw and you have won £50,000 and a new car. To claim, pay the £199 processing fee and confirm your card number at http://claim-prize-uk.top within 24 hours, or your prize is cancelled.",
      signs: [
        ["you have won £50,000", "You can't win a draw you never entered.", "If you never entered a draw, you did not win one."],
        ["processing fee", "A real prize never costs a fee.", "Real prizes are free; asking for a fee is a scam."],
        ["confirm your card number", "Typing your card number on their page hands it to them.", "Never give your card number to claim a prize."],
        ["within 24 hours", "The deadline is there to stop you checking.", "A tight deadline is a warning sign."],
      ],
    },
  },
  {
    id: "flight_refund",
    name: { zh: "机票退改签", en: "Flight cancellation / rebooking" },
    zh: {
      script: "【某航空】尊敬的旅客，您预订的CA1234航班因机械故障已取消，为表歉意您可获得300元延误理赔。请致电客服400-800-1234办理改签及理赔，客服将指导您通过银行App验证账户并完成退款转账。",
      signs: [
        ["航班因机械故障已取消", "收到航班取消短信，先在航空公司官方 App 查询。", "航班有变化，先在航空公司官方渠道查一查。"],
        ["300元延误理赔", "主动送赔偿，是让你放松警惕。", "主动说要赔钱，是为了让您放松警惕。"],
        ["请致电客服400-800-1234", "短信里给的“客服电话”往往是骗子的。", "短信里给的电话不要打，自己查官方电话。"],
        ["验证账户并完成退款转账", "退款不需要你转账，要你转账就是诈骗。", "退钱不需要您转钱，让您转钱的就是骗子。"],
      ],
    },
    en: {
      script: "Dear passenger, your flight BA2490 has been cancelled due to a technical issue. You are entitled to £250 compensation. Call our rebooking line on 0800 000 1234 and have your bank card ready to receive the refund; our agent will guide you through a verification transfer.",
      signs: [
        ["has been cancelled", "Check any cancellation in the airline's own app first.", "Check with the airline yourself, using its official number."],
        ["£250 compensation", "Offering money up front makes you lower your guard.", "An offer of money is meant to make you trust them."],
        ["Call our rebooking line on 0800 000 1234", "The number in the message leads to the scammer.", "Do not call the number in the message."],
        ["verification transfer", "A refund never needs you to transfer money.", "To get money back, you never need to send money."],
      ],
    },
  },
  {
    id: "game_trade",
    name: { zh: "网络游戏交易", en: "Game account and item trading" },
    zh: {
      script: "低价出售王者荣耀满V账号，全皮肤只要288！游戏里交易不安全，去我们合作的交易平台 http://yxjy-safe.vip 下单。你付款后平台提示账户冻结，需要先交解冻费和保证金，交完马上解冻并退还。",
      signs: [
        ["全皮肤只要288", "价格低得离谱的账号、皮肤是钓鱼的饵。", "便宜得离谱的游戏账号多半是骗局。"],
        ["去我们合作的交易平台", "离开官方平台交易，就没人保障你。", "不在正规平台交易，被骗了没人管。"],
        ["账户冻结", "“账户冻结”是逼你再交钱的借口。", "说账户冻结，是为了再要钱。"],
        ["解冻费和保证金", "交解冻费、保证金的都是骗局。", "让交“解冻费”“保证金”的，都是骗子。"],
      ],
    },
    en: {
      script: "Selling a max-level account with all rare skins for just $30! In-game trading is risky, so use our trusted trading site http://skin-trade-safe.xyz. After payment, if the site says your account is frozen, pay the unfreeze deposit and it will be refunded.",
      signs: [
        ["just $30", "Rare items for almost nothing are bait.", "An unbelievably cheap deal is bait."],
        ["use our trusted trading site", "A site the seller picks is usually fake.", "Trade only inside the game's own shop."],
        ["your account is frozen", "'Frozen' is an excuse to ask for more money.", "'Frozen account' is a trick to get more money."],
        ["unfreeze deposit", "Paying to unfreeze anything is a scam.", "Any 'unfreeze' payment is a scam."],
      ],
    },
  },
  {
    id: "phishing",
    name: { zh: "钓鱼链接 / 仿冒网站", en: "Phishing link / fake website" },
    zh: {
      script: "【工商银行】尊敬的客户，您的账户存在异常登录，已被临时冻结。请立即登录 http://icbc.com.cn.verify-account.top/login 进行身份验证，填写银行卡号、密码及短信验证码后即可解除，逾期将永久停用。",
      signs: [
        ["http://icbc.com.cn.verify-account.top/login", "网址真正的域名在最后：verify-account.top，不是银行。", "这个网址不是银行的官方网站，是仿冒的。"],
        ["已被临时冻结", "“账户冻结”吓你点链接。", "说账户被冻结，是为了吓您点链接。"],
        ["银行卡号、密码及短信验证码", "银行绝不会让你在网页上填密码和验证码。", "银行从来不会让您在网页上填密码和验证码。"],
        ["逾期将永久停用", "催促是为了让你来不及想。", "催您赶紧办，是不想让您多想。"],
      ],
    },
    en: {
      script: "USPS: Your parcel is held at our warehouse due to an incomplete address. Please update your details and pay the $1.99 redelivery fee within 24 hours at https://usps-redelivery.top/track, or the parcel will be returned.",
      signs: [
        ["https://usps-redelivery.top/track", "Read the address from the right: the site is usps-redelivery.top, not the postal service's usps.com.", "This web address is not the real postal service."],
        ["redelivery fee", "Small fees are used to steal your card details.", "A tiny fee is a trick to get your card number."],
        ["within 24 hours", "A deadline to rush you.", "Being rushed is a warning sign."],
        ["Your parcel is held", "Not expecting a parcel? Then it's certainly a scam.", "If you were not expecting a parcel, ignore the message."],
      ],
    },
  },
  {
    id: "deepfake",
    name: { zh: "AI 换脸换声", en: "AI face and voice cloning" },
    zh: {
      script: "（视频通话中，画面是你儿子的脸，声音也一模一样）爸，我在外地出了车祸，撞伤了人，对方要私了，现在急需5万元赔偿，你先转到对方账户。信号不好，视频先挂了，千万别告诉妈妈，怕她着急。",
      signs: [
        ["画面是你儿子的脸", "AI 可以伪造熟人的脸和声音，看到视频也要核实。", "现在电脑能假冒亲人的脸和声音，看到视频也不一定是真的。"],
        ["急需5万元", "紧急要大额钱款，先挂断，再用你存的号码回拨。", "急着要一大笔钱，先挂断，用您存的号码打回去问。"],
        ["视频先挂了", "匆匆挂断，是怕你多问露馅。", "匆忙挂断，是怕您多问几句就露馅。"],
        ["千万别告诉妈妈", "让你保密，就是怕家人一核实就识破。", "不让告诉家人，是怕家人一问就知道是假的。"],
      ],
    },
    en: {
      script: "(Video call: it looks and sounds exactly like your CEO.) I need you to process an urgent wire transfer of $250,000 to a new supplier before the deal closes at 5 pm. I'm in meetings all day so don't call me, and keep this confidential until the announcement.",
      signs: [
        ["it looks and sounds exactly like your CEO", "Faces and voices can be faked with AI. Verify by calling back.", "A face on a screen can be faked; call back on a number you know."],
        ["urgent wire transfer", "Urgent requests for big transfers always need a second check.", "Big urgent payments must always be checked first."],
        ["don't call me", "Refusing a call-back is a classic warning sign.", "If they refuse a phone call, be suspicious."],
        ["keep this confidential", "Secrecy stops colleagues from spotting the fraud.", "Secrecy keeps others from warning you."],
      ],
    },
  },
  {
    id: "romance",
    name: { zh: "网络交友 / 婚恋诈骗", en: "Online dating / romance scam" },
    zh: {
      script: "亲爱的，认识你这三个月是我最幸福的日子。我在海外做工程，下个月就回国见你。我舅舅在一个博彩平台做技术，发现了漏洞，稳赚不赔，你也注册一个，我教你投注。等我们见面后就结婚。我的账户被冻结了，你能先帮我转2万元路费吗？",
      signs: [
        ["我在海外做工程", "从未见过面、总在海外的“恋人”，十有八九是骗子。", "一直说在国外、从来没见过面的人，很可能是骗子。"],
        ["发现了漏洞，稳赚不赔", "“平台有漏洞”是拉你投钱的借口。", "说平台有漏洞能稳赚，是为了骗您投钱。"],
        ["我教你投注", "网恋对象带你投资、赌博，就是“杀猪盘”。", "网上对象教您投资赌钱，是“杀猪盘”骗局。"],
        ["帮我转2万元路费", "没见过面就借钱，一定要拒绝。", "没见过面就找您要钱，千万不要给。"],
      ],
    },
    en: {
      script: "My love, I can't stop thinking about you. I'm an engineer on an oil rig abroad and I'll fly to you next month. My bank card is blocked here, could you send me $2,000 for the flight? I'll pay you back when we meet. My uncle also showed me a crypto platform with guaranteed profits, let me teach you.",
      signs: [
        ["oil rig abroad", "Always abroad, never able to meet: a classic cover story.", "Someone who is always far away and never meets you may not be who they say."],
        ["send me $2,000 for the flight", "Never send money to someone you've only met online.", "Never send money to someone you have never met."],
        ["guaranteed profits", "A love interest pushing investments is pig butchering.", "When an online sweetheart talks about investing, it is a scam."],
        ["My bank card is blocked", "An excuse to get you to pay.", "A made-up problem so that you pay instead."],
      ],
    },
  },
  {
    id: "tech_support",
    name: { zh: "技术支持 / 账户异常诈骗", en: "Tech support / account alert scam" },
    zh: {
      script: "您好，这里是手机安全中心，监测到您的手机已中毒，支付账户正在被盗刷。请立即下载“远程协助”软件，我们的技术员帮您清除病毒；处理期间需要您购买京东E卡作为安全押金，把卡密发给我们。",
      signs: [
        ["您的手机已中毒", "没有人能远程“监测”到你手机中毒并打电话通知你。", "没有哪个中心会打电话说您手机中毒了。"],
        ["下载“远程协助”软件", "远程软件让陌生人完全控制你的手机。", "装了远程软件，陌生人就能操作您的手机和银行。"],
        ["购买京东E卡", "让你买购物卡付钱，一定是诈骗。", "让您买购物卡，是因为钱转走后查不到。"],
        ["把卡密发给我们", "卡密发出去，钱就没了。", "把卡上的密码告诉别人，卡里的钱就没了。"],
      ],
    },
    en: {
      script: "WARNING: Your computer has been infected with a virus and your bank account is at risk. Call Microsoft Support immediately at 1-888-000-0000. Do not turn off your computer. Our technician will connect by remote access and you may need to buy Google Play gift cards to renew your security licence.",
      signs: [
        ["Your computer has been infected", "Real companies don't pop up warnings with a phone number to call.", "A scary pop-up with a phone number is a trick."],
        ["Call Microsoft Support immediately", "Microsoft never asks you to call a number from a pop-up.", "Big companies do not ask you to call them from a pop-up."],
        ["remote access", "Remote access gives a stranger control of your computer.", "Never let a stranger control your computer."],
        ["buy Google Play gift cards", "Gift cards as payment always mean a scam.", "No real company wants gift cards."],
      ],
    },
  },
];

/** Look-alike good texts: they share the scammers' words but must stay low risk. */
export const BENIGN = [
  {
    id: "bank_notice",
    name: { zh: "银行动账通知", en: "Bank debit notice" },
    zh: "【某某银行】您尾号8721的账户11月20日14:32支出人民币126.50元，用途：超市消费，当前余额3,215.08元。",
    en: "Your account ending 8721 was debited $42.10 at SUPERMARKET on 20 Nov. Available balance $1,215.08.",
  },
  {
    id: "otp",
    name: { zh: "验证码短信", en: "One-time code" },
    zh: "【某某银行】验证码 482913，用于网银登录，5分钟内有效。请勿告诉他人，工作人员不会向您索要验证码。",
    en: "Your verification code is 482913. It expires in 5 minutes. Do not share this code with anyone; we will never ask for it.",
  },
  {
    id: "family",
    name: { zh: "家人聊天", en: "Family chat" },
    zh: "妈，我周六下午回家吃饭，给你带了点水果。爸的药记得按时吃，有事给我打电话。",
    en: "Hi Mum, I'll be home for dinner on Saturday and I'll bring some fruit. Remind Dad to take his medicine. Call me if you need anything.",
  },
  {
    id: "education",
    name: { zh: "反诈宣传", en: "Anti-fraud warning" },
    zh: "警方提醒：凡是刷单都是诈骗！凡是自称公检法要求转账到“安全账户”的都是诈骗。如有疑问请拨打96110。",
    en: "Police warning: any job that asks you to top up before you are paid is a scam. No police officer will ever ask you to move money to a safe account.",
  },
];

/** The example set in one language: `{ id, name, text }`, families first, then benign texts. */
export function examplesFor(lang) {
  return [
    ...FAMILIES.map((f) => ({ id: f.id, name: f.name[lang], text: f[lang].script, benign: false })),
    ...BENIGN.map((b) => ({ id: b.id, name: b.name[lang], text: b[lang], benign: true })),
  ];
}
