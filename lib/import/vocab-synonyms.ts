import type { Amenity, EntryMode, Kind, Status } from '@/lib/stations/vocab';

// The words union lists use for kinds, statuses and amenities, beside the
// app's own labels (vocab-labels.ts adds those and the codes). Reviewed by
// hand from published station lists and the seed's own terms: a word goes in
// only when it means one code and nothing else (vague words such as 服务站,
// 充电 (phone or e-bike?) or 停用 (for a while, or for good?) stay out: the admin maps those
// once per file in the preview). vocab-synonyms.test.ts checks that no word
// is claimed by two codes.

export type VocabField = 'kind' | 'status' | 'amenity' | 'entry';

export const KIND_WORDS: Record<Kind, readonly string[]> = {
  station: [
    '驿站', '爱心驿站', '暖心驿站', '劳动者港湾', '职工驿站', '工会爱心驿站', '工会暖心驿站',
    '户外劳动者服务站点', '户外劳动者服务站', '户外劳动者服务驿站', '户外劳动者驿站', '工会户外劳动者服务站点',
    '新就业形态劳动者服务站点', '新就业形态劳动者驿站', '爱心服务站', '暖心服务站', 'outdoor worker station', 'rest station',
  ],
  service_centre: ['职工服务中心', '工会职工服务中心', '县级工会职工服务中心', '职工服务中心（站）', 'service centre', 'service center'],
  cultural_palace: ['职工文化宫', '文化宫', '劳动人民文化宫', 'cultural palace', "workers' cultural palace"],
  activity_venue: ['职工活动中心', '职工活动室', '活动阵地', '职工活动之家', 'activity venue', 'activity centre', 'activity center'],
  rights_room: ['职工维权服务室', '维权服务站', '职工维权服务站', '维权室', '职工维权站', 'rights room'],
  workers_home: ['模范职工之家', '职工小家', "workers home", "worker's home"],
};

export const STATUS_WORDS: Record<Status, readonly string[]> = {
  planned: ['规划', '计划中', '拟建', '待建', 'planning'],
  under_construction: ['在建', '筹建', '筹建中', '施工中', '正在建设', '建设', 'building'],
  in_use: [
    '在用', '运营', '运营中', '运行中', '正常', '正常运营', '正常开放', '开放', '开放中', '已建成', '建成',
    '已投用', '投入使用', '已投入使用', '已启用', '启用', '营业中', 'open', 'active', 'operating',
  ],
  suspended: ['暂停', '暂停使用', '暂停开放', '暂停运营', '暂时关闭', '临时关闭', '维修中', '装修中', 'temporarily closed'],
  closed: ['关闭', '撤销', '已撤销', '已拆除', '拆除', '停止运营', '永久关闭', '已注销', 'removed'],
};

export const AMENITY_WORDS: Record<Amenity, readonly string[]> = {
  drinking_water: ['饮水', '饮水机', '直饮水', '免费饮水', '纯净水', '茶水', 'water'],
  hot_water: ['开水', '热水器', '热水供应'],
  phone_charging: ['手机充电器', '充电宝', 'usb充电', '手机充电服务'],
  ebike_charging: ['电瓶充电', '电动车充电', '电瓶车充电', '电动车电瓶充电', '电池充电', 'ebike charging'],
  microwave: ['加热饭菜', '热饭', '饭菜加热', '餐食加热', '微波加热'],
  fridge: ['冷藏', '冰柜'],
  toilet: ['厕所', '公厕', '洗手间', '如厕', '卫生间（厕所）', 'wc', 'restroom'],
  seating: ['座椅', '休息', '休息区', '桌椅', '休息座椅', '歇脚', '休憩', 'rest'],
  air_conditioning: ['空调', '取暖', '暖气', '纳凉', '避暑', '降温', '空调取暖', 'heating'],
  first_aid: ['急救箱', '药箱', '医药箱', '应急药品', '常用药品', '药品', '急救包', '医疗箱', '常备药品', 'first aid'],
  reading: ['书报', '图书', '书籍', '阅读', '书吧', '报刊', '职工书屋', '书报阅读', 'books'],
  wifi: ['无线上网', '免费wifi', '网络', '无线wifi'],
  nursing_room: ['哺乳室', '爱心妈咪小屋', '妈咪小屋', '母婴休息室'],
  umbrella: ['雨伞', '借伞', '雨具', '爱心伞'],
  repair_tools: ['工具', '修车工具', '打气筒', '充气', '应急工具', '维修'],
  legal_aid: ['法律咨询', '普法', '法律服务'],
};

// How to get in, as union lists write it (刷卡 there means the union card). A cell none of these read
// leaves the way in unknown, never guessed: a wrong "no smartphone needed" sends a worker to a locked door.
export const ENTRY_WORDS: Record<EntryMode, readonly string[]> = {
  open_door: ['敞开', '开放', '直接进入', '直接进门', '无门禁', '免费开放', '自由进出', '随时进入', 'open door', 'open'],
  staffed: ['有人值守', '值守', '人工值守', '专人值守', '人员值守', '前台', '前台登记', '值班人员', 'staffed', 'staff'],
  scan: ['扫码', '微信扫码', '扫码进入', '扫码开门', '微信扫码开门', '扫二维码', '二维码', '手机扫码', '小程序', 'app', 'app扫码', 'scan', 'qr code', 'wechat'],
  face: ['刷脸', '人脸', '人脸识别', '刷脸进入', '刷脸开门', '人脸识别开门', 'face', 'face scan'],
  pin: ['密码', '密码锁', '密码开门', '输入密码', '门禁密码', 'pin', 'pin code'],
  union_card: ['工会卡', '会员卡', '工会会员卡', '刷卡', '刷卡进入', '刷工会卡', '工会卡开门', 'union card', 'card'],
};

export const VOCAB_WORDS = { kind: KIND_WORDS, status: STATUS_WORDS, amenity: AMENITY_WORDS, entry: ENTRY_WORDS } as const;
