// Place-name readings a plain pinyin converter gets wrong (names from other
// languages, polyphonic characters). Reviewed against the official
// romanisations; add to them when a reader reports one.

/** Established spellings of names from other languages, keyed by the name without its suffix. */

export const PLACE_READINGS: Readonly<Record<string, string>> = {
  // Non-Chinese-origin names with established spellings
  乌鲁木齐: 'Urumqi', 呼和浩特: 'Hohhot', 拉萨: 'Lhasa', 喀什: 'Kashgar', 哈尔滨: 'Harbin', 吐鲁番: 'Turpan',
  和田: 'Hotan', 阿克苏: 'Aksu', 克拉玛依: 'Karamay', 阿勒泰: 'Altay', 日喀则: 'Shigatse', 昌都: 'Qamdo',
  林芝: 'Nyingchi', 那曲: 'Nagqu', 阿里: 'Ngari', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab', 锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 兴安: 'Hinggan', 伊犁: 'Ili', 博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin', 克孜勒苏: 'Kizilsu', 阿图什: 'Artux',
  喀喇沁左翼: 'Harqin Left Wing', 前郭尔罗斯: 'Qian Gorlos', 杜尔伯特: 'Dorbod', 莫力达瓦: 'Morin Dawa', 果洛: 'Golog', 和布克赛尔: 'Hoboksar',
  布尔津: 'Burqin', 吉木乃: 'Jeminay',
};

/**
 * Polyphonic characters read as the place is called, as pinyin syllables. Given to the
 * converter itself (names-en.ts), so station names containing the place (都昌县…驿站) are
 * searchable by the right reading too. A one-character place is registered with its
 * suffix (单县), or every 单 would be read shan.
 */
export const POLYPHONIC_READINGS: Readonly<Record<string, string>> = {
  都昌: 'du chang', 乐清: 'yue qing', 单县: 'shan xian', 洪洞: 'hong tong', 歙县: 'she xian', 浚县: 'xun xian',
  蔚县: 'yu xian', 大埔: 'da bu', 郫都: 'pi du', 大城: 'da cheng', 乐亭: 'lao ting', 尉氏: 'yu shi', 泌阳: 'bi yang',
  筠连: 'jun lian', 涡阳: 'guo yang', 繁峙: 'fan shi',
};

/** Names of the 31 provincial-level divisions as officially written in English. */
export const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi', '150000': 'Inner Mongolia',
  '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang', '310000': 'Shanghai', '320000': 'Jiangsu',
  '330000': 'Zhejiang', '340000': 'Anhui', '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong',
  '410000': 'Henan', '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou', '530000': 'Yunnan',
  '540000': 'Tibet', '610000': 'Shaanxi', '620000': 'Gansu', '630000': 'Qinghai', '640000': 'Ningxia', '650000': 'Xinjiang',
};

/**
 * Ethnic groups in autonomous division names, as their official English names.
 * Names of one character count only when written with 族 (长白 is a place, 白族 a people).
 */
export const ETHNIC_NAMES: Readonly<Record<string, string>> = {
  蒙古: 'Mongol', 回: 'Hui', 藏: 'Tibetan', 维吾尔: 'Uygur', 苗: 'Miao', 彝: 'Yi', 壮: 'Zhuang', 布依: 'Bouyei',
  朝鲜: 'Korean', 满: 'Manchu', 侗: 'Dong', 瑶: 'Yao', 白: 'Bai', 土家: 'Tujia', 哈尼: 'Hani', 哈萨克: 'Kazak',
  傣: 'Dai', 黎: 'Li', 傈僳: 'Lisu', 佤: 'Va', 畲: 'She', 拉祜: 'Lahu', 水: 'Shui', 东乡: 'Dongxiang', 纳西: 'Naxi',
  景颇: 'Jingpo', 柯尔克孜: 'Kirgiz', 土: 'Tu', 达斡尔: 'Daur', 仫佬: 'Mulao', 羌: 'Qiang', 布朗: 'Blang',
  撒拉: 'Salar', 毛南: 'Maonan', 仡佬: 'Gelao', 锡伯: 'Xibe', 普米: 'Pumi', 塔吉克: 'Tajik', 怒: 'Nu',
  保安: 'Bonan', 裕固: 'Yugur', 鄂温克: 'Ewenki', 鄂伦春: 'Oroqen', 独龙: 'Derung', 各: 'Multi-ethnic',
};
