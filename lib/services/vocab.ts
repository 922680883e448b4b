// Recurring services a station runs on a schedule (legal aid on Tuesday
// afternoons, haircuts on Saturday mornings): the fixed vocabulary and the
// stored shape. Client-safe and free of zod, so the map page may import it.
// Labels live in messages/<locale>/services.json under services.kinds.<code>.

export const SERVICE_KINDS = [
  'legal_aid', // 法律援助
  'haircut', // 理发
  'discounted_meals', // 爱心餐（优惠餐）
  'health_check', // 健康检查
  'donated_goods', // 爱心捐赠（物资）
  'battery_swap', // 电动车换电
  'other', // 其他：须写明说明
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** One service: `schedule` is an OSM opening_hours string in station time (Asia/Shanghai); `note` null when none. */
export type Service = { kind: ServiceKind; schedule: string; note: string | null };

/** Bounds of the stored list: a station's page must stay short, and a schedule is an OSM tag value. */
export const SERVICE_LIMITS = { count: 12, schedule: 255, note: 100 } as const;

export const isServiceKind = (v: unknown): v is ServiceKind => SERVICE_KINDS.includes(v as ServiceKind);

/** Bit i stands for SERVICE_KINDS[i]: "offers any of these" is one AND. */
export function serviceKindMask(kinds: readonly string[]): number {
  let mask = 0;
  for (const k of kinds) {
    const i = SERVICE_KINDS.indexOf(k as ServiceKind);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** Every kind's bit: "any service at all". */
export const ANY_SERVICE = (1 << SERVICE_KINDS.length) - 1;
