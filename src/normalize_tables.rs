//! Traditional → simplified Chinese for the characters that scam vocabulary uses.
//!
//! Written for this project from the standard simplification of each character (a fact of
//! the writing system, not taken from any GPL table). It covers the characters of the cue
//! phrases in `rules/cues/` and the spellings in `rules/lists/variants.toml`, so that a message
//! in traditional characters matches the same cues. A unit test checks that every character
//! of those phrases is either here or listed as written the same in traditional Chinese: a
//! new cue with a new character fails the test until its traditional form is added.

/// Pairs (traditional, simplified), sorted by the traditional character.
const TRAD_TO_SIMP: &[(char, char)] = &[
    ('丟', '丢'),
    ('並', '并'),
    ('佈', '布'),
    ('來', '来'),
    ('係', '系'),
    ('倉', '仓'),
    ('個', '个'),
    ('們', '们'),
    ('偵', '侦'),
    ('偽', '伪'),
    ('備', '备'),
    ('傭', '佣'),
    ('傳', '传'),
    ('債', '债'),
    ('僅', '仅'),
    ('價', '价'),
    ('儘', '尽'),
    ('償', '偿'),
    ('優', '优'),
    ('儲', '储'),
    ('兌', '兑'),
    ('內', '内'),
    ('兩', '两'),
    ('凍', '冻'),
    ('凱', '凯'),
    ('別', '别'),
    ('刪', '删'),
    ('則', '则'),
    ('剛', '刚'),
    ('創', '创'),
    ('劃', '划'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('勵', '励'),
    ('匯', '汇'),
    ('區', '区'),
    ('協', '协'),
    ('卻', '却'),
    ('員', '员'),
    ('唄', '呗'),
    ('問', '问'),
    ('啞', '哑'),
    ('啟', '启'),
    ('喚', '唤'),
    ('喪', '丧'),
    ('單', '单'),
    ('國', '国'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('報', '报'),
    ('場', '场'),
    ('塊', '块'),
    ('墊', '垫'),
    ('壓', '压'),
    ('壞', '坏'),
    ('壽', '寿'),
    ('媽', '妈'),
    ('學', '学'),
    ('實', '实'),
    ('審', '审'),
    ('寵', '宠'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('層', '层'),
    ('師', '师'),
    ('帳', '帐'),
    ('帶', '带'),
    ('幣', '币'),
    ('幫', '帮'),
    ('廠', '厂'),
    ('廢', '废'),
    ('廣', '广'),
    ('張', '张'),
    ('強', '强'),
    ('彙', '汇'),
    ('後', '后'),
    ('從', '从'),
    ('復', '复'),
    ('徵', '征'),
    ('愛', '爱'),
    ('態', '态'),
    ('應', '应'),
    ('戰', '战'),
    ('戲', '戏'),
    ('戶', '户'),
    ('掃', '扫'),
    ('掛', '挂'),
    ('換', '换'),
    ('損', '损'),
    ('搶', '抢'),
    ('摳', '抠'),
    ('撥', '拨'),
    ('擁', '拥'),
    ('擊', '击'),
    ('擔', '担'),
    ('據', '据'),
    ('擬', '拟'),
    ('敗', '败'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('業', '业'),
    ('榮', '荣'),
    ('樓', '楼'),
    ('標', '标'),
    ('橋', '桥'),
    ('機', '机'),
    ('檢', '检'),
    ('檯', '台'),
    ('檻', '槛'),
    ('權', '权'),
    ('歲', '岁'),
    ('歸', '归'),
    ('殺', '杀'),
    ('決', '决'),
    ('沒', '没'),
    ('沖', '冲'),
    ('洩', '泄'),
    ('滯', '滞'),
    ('滿', '满'),
    ('漲', '涨'),
    ('瀏', '浏'),
    ('為', '为'),
    ('無', '无'),
    ('爲', '为'),
    ('爺', '爷'),
    ('爾', '尔'),
    ('獎', '奖'),
    ('獨', '独'),
    ('獲', '获'),
    ('現', '现'),
    ('瑪', '玛'),
    ('產', '产'),
    ('異', '异'),
    ('當', '当'),
    ('療', '疗'),
    ('癒', '愈'),
    ('發', '发'),
    ('盜', '盗'),
    ('盡', '尽'),
    ('監', '监'),
    ('盤', '盘'),
    ('眾', '众'),
    ('確', '确'),
    ('碼', '码'),
    ('磚', '砖'),
    ('礦', '矿'),
    ('禮', '礼'),
    ('種', '种'),
    ('積', '积'),
    ('穩', '稳'),
    ('穫', '获'),
    ('筆', '笔'),
    ('範', '范'),
    ('簽', '签'),
    ('約', '约'),
    ('紅', '红'),
    ('納', '纳'),
    ('紙', '纸'),
    ('級', '级'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('絡', '络'),
    ('給', '给'),
    ('統', '统'),
    ('綁', '绑'),
    ('經', '经'),
    ('維', '维'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('緝', '缉'),
    ('緣', '缘'),
    ('練', '练'),
    ('緻', '致'),
    ('總', '总'),
    ('績', '绩'),
    ('繞', '绕'),
    ('繳', '缴'),
    ('續', '续'),
    ('纔', '才'),
    ('罰', '罚'),
    ('聯', '联'),
    ('聲', '声'),
    ('職', '职'),
    ('聽', '听'),
    ('膚', '肤'),
    ('臉', '脸'),
    ('臺', '台'),
    ('舊', '旧'),
    ('莊', '庄'),
    ('華', '华'),
    ('萬', '万'),
    ('薦', '荐'),
    ('藥', '药'),
    ('蘋', '苹'),
    ('處', '处'),
    ('虛', '虚'),
    ('號', '号'),
    ('虧', '亏'),
    ('術', '术'),
    ('衝', '冲'),
    ('衹', '只'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('親', '亲'),
    ('覽', '览'),
    ('觀', '观'),
    ('訂', '订'),
    ('計', '计'),
    ('訊', '讯'),
    ('討', '讨'),
    ('記', '记'),
    ('許', '许'),
    ('訴', '诉'),
    ('診', '诊'),
    ('註', '注'),
    ('詐', '诈'),
    ('評', '评'),
    ('試', '试'),
    ('話', '话'),
    ('該', '该'),
    ('詳', '详'),
    ('認', '认'),
    ('語', '语'),
    ('誠', '诚'),
    ('誤', '误'),
    ('說', '说'),
    ('誰', '谁'),
    ('課', '课'),
    ('調', '调'),
    ('請', '请'),
    ('諮', '咨'),
    ('謂', '谓'),
    ('講', '讲'),
    ('謹', '谨'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('譽', '誉'),
    ('讓', '让'),
    ('讚', '赞'),
    ('貝', '贝'),
    ('負', '负'),
    ('財', '财'),
    ('貧', '贫'),
    ('貨', '货'),
    ('貶', '贬'),
    ('買', '买'),
    ('貸', '贷'),
    ('費', '费'),
    ('貼', '贴'),
    ('資', '资'),
    ('賓', '宾'),
    ('賠', '赔'),
    ('賣', '卖'),
    ('質', '质'),
    ('賬', '账'),
    ('賺', '赚'),
    ('購', '购'),
    ('賽', '赛'),
    ('贈', '赠'),
    ('贊', '赞'),
    ('贏', '赢'),
    ('趕', '赶'),
    ('跡', '迹'),
    ('車', '车'),
    ('軍', '军'),
    ('軟', '软'),
    ('載', '载'),
    ('輕', '轻'),
    ('輸', '输'),
    ('轉', '转'),
    ('辦', '办'),
    ('迴', '回'),
    ('這', '这'),
    ('連', '连'),
    ('週', '周'),
    ('進', '进'),
    ('遊', '游'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('遞', '递'),
    ('遠', '远'),
    ('還', '还'),
    ('郵', '邮'),
    ('鄉', '乡'),
    ('醫', '医'),
    ('釋', '释'),
    ('銀', '银'),
    ('銷', '销'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錯', '错'),
    ('錶', '表'),
    ('鍵', '键'),
    ('鎖', '锁'),
    ('鏈', '链'),
    ('鏟', '铲'),
    ('鑽', '钻'),
    ('長', '长'),
    ('門', '门'),
    ('閉', '闭'),
    ('開', '开'),
    ('間', '间'),
    ('閱', '阅'),
    ('闆', '板'),
    ('關', '关'),
    ('隊', '队'),
    ('際', '际'),
    ('隨', '随'),
    ('險', '险'),
    ('隻', '只'),
    ('雙', '双'),
    ('雞', '鸡'),
    ('離', '离'),
    ('難', '难'),
    ('電', '电'),
    ('靜', '静'),
    ('響', '响'),
    ('項', '项'),
    ('預', '预'),
    ('領', '领'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('額', '额'),
    ('風', '风'),
    ('颱', '台'),
    ('飛', '飞'),
    ('飾', '饰'),
    ('養', '养'),
    ('館', '馆'),
    ('馬', '马'),
    ('駐', '驻'),
    ('騙', '骗'),
    ('騰', '腾'),
    ('驗', '验'),
    ('體', '体'),
    ('髮', '发'),
    ('鬆', '松'),
    ('鵝', '鹅'),
    ('麵', '面'),
    ('黃', '黄'),
    ('點', '点'),
    ('黨', '党'),
    ('齡', '龄'),
];

/// Bits in [`TRAD_FILTER`]; a power of two.
const FILTER_BITS: u32 = 2048;

/// Bit `t % FILTER_BITS` is set for every traditional character `t` of [`TRAD_TO_SIMP`]: a
/// character whose bit is clear (most of a text) has no simplified form to look up.
const TRAD_FILTER: [u64; FILTER_BITS as usize / 64] = {
    let mut bits = [0u64; FILTER_BITS as usize / 64];
    let mut i = 0;
    while i < TRAD_TO_SIMP.len() {
        let k = TRAD_TO_SIMP[i].0 as u32 % FILTER_BITS;
        bits[(k / 64) as usize] |= 1 << (k % 64);
        i += 1;
    }
    bits
};

/// The simplified form of `c`, or `c` itself. Inlined: for most characters of a text the bit
/// filter answers at once, and only the rest call [`look_up_simplified`].
#[inline]
pub fn to_simplified(c: char) -> char {
    if (c as u32) < 0x4E00 {
        return c;
    }
    let k = c as u32 % FILTER_BITS;
    if TRAD_FILTER[(k / 64) as usize] & (1 << (k % 64)) == 0 {
        return c;
    }
    look_up_simplified(c)
}

/// The simplified form of `c` in [`TRAD_TO_SIMP`], or `c` itself.
fn look_up_simplified(c: char) -> char {
    match TRAD_TO_SIMP.binary_search_by(|(t, _)| t.cmp(&c)) {
        Ok(i) => TRAD_TO_SIMP[i].1,
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Characters of the cue phrases that are written the same in traditional Chinese.
    const SAME_IN_TRADITIONAL: &str = "奶爸一三上下不中主之也了事二井交享京人今他付代令以件任份企休位低住何作你例供侵便保信修倍候借值做停健偶充先光克免兜入全公共兼再冒凡出分切刑利到刷券刻前剩力功加助勿包化升南博卡即原去及友反叔取受口召可司各合同名向否吱告和品哥售唱商喊喜嗓器四因圈在地址均城基填境外多夜大天太央失套女好如妖始姑姨威嫌子字存安完官定客宣室家寂寄密寇富寓寞察小就局居屏展工差己已市常幕平年幸床底府度座康延形彩影往待律得微徽心必忙快念急怪恭息您情惕想意慎成我戚截戳房所手打扣扶批找技抄把抓投抖抗折抵押抽拆拉拼持指按挖捕掉接控推提插搬播操支收改放政故效教新方旅日明易是晚普景暴曝最月有朋服期木未本材果查校核根案械欠次款止正此死每毒民水求污油治法泰洗洞活派流海消涉淘深清渠漏演激炒炮照牛物特犯猜率王班球理瓦生用甩由甲申留略番疑病癌登白百的皮盈益目直看真知短石破磁示社神票福私秒租程税空立站第等策算管米粒精索罪美群翻耀老者聊股背能自至舅航芯花英菜菠葵薇藏蛋蝙蝠行街袋被裂裸裹要解警走起超趟足跑跟路跳身躺返退送通造逮逾道避部都配酬醒醛重量金防阿降限院除隆障雅零需露非音首高黑";

    fn phrase_chars() -> Vec<char> {
        let mut chars: Vec<char> = crate::rules::terms()
            .map(|(t, _)| t)
            .chain(crate::rules::VARIANTS.iter().flat_map(|(f, c)| [*f, *c]))
            .flat_map(str::chars)
            .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    #[test]
    fn every_cue_character_has_its_traditional_form_or_is_the_same() {
        let missing: String = phrase_chars()
            .into_iter()
            .filter(|c| {
                !TRAD_TO_SIMP.iter().any(|(_, s)| s == c) && !SAME_IN_TRADITIONAL.contains(*c)
            })
            .collect();
        assert!(
            missing.is_empty(),
            "add the traditional form of these cue characters to TRAD_TO_SIMP, or list them in SAME_IN_TRADITIONAL: {missing}"
        );
    }

    #[test]
    fn every_cue_phrase_round_trips_from_traditional() {
        for (term, _) in crate::rules::terms() {
            let traditional: String = term
                .chars()
                .map(|c| {
                    TRAD_TO_SIMP
                        .iter()
                        .find(|(_, s)| *s == c)
                        .map_or(c, |(t, _)| *t)
                })
                .collect();
            let back: String = traditional.chars().map(to_simplified).collect();
            assert_eq!(&back, term, "{traditional}");
        }
    }

    #[test]
    fn table_is_sorted_so_binary_search_finds_every_entry() {
        for w in TRAD_TO_SIMP.windows(2) {
            assert!(w[0].0 <= w[1].0, "{:?} before {:?}", w[0], w[1]);
        }
        for (t, s) in TRAD_TO_SIMP {
            assert_eq!(to_simplified(*t), *s);
        }
    }

    #[test]
    fn simplified_and_ascii_pass_through() {
        for c in ['刷', '单', 'a', '1', '。'] {
            assert_eq!(to_simplified(c), c);
        }
        assert_eq!(
            "詐騙轉賬".chars().map(to_simplified).collect::<String>(),
            "诈骗转账"
        );
    }
}
