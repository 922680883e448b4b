import { describe, expect, it } from 'vitest';
import { importActor, type FindUser } from './import-actor';

const users: Record<string, { id: string; email: string; name: string; role: string; divisionCode: string | null; disabled: boolean }> = {
  'erqi@zz.cn': { id: 'u1', email: 'erqi@zz.cn', name: '二七区', role: 'county', divisionCode: '410103', disabled: false },
  'off@zz.cn': { id: 'u2', email: 'off@zz.cn', name: 'off', role: 'province', divisionCode: '410000', disabled: true },
};
const find: FindUser = async (email) => users[email] ?? null;
const run = (...argv: string[]) => importActor(['stations.csv', '--crs', 'gcj02', ...argv], find);

describe('npm run import: who the rows are checked as', () => {
  it('--as-national acts everywhere in China, named in the log by the shell user', async () => {
    const { admin, actor } = await run('--as-national');
    expect(admin).toMatchObject({ role: 'national', divisionCode: null });
    expect(actor.id).toBeNull();
    expect(actor.email).toMatch(/^cli:/);
  });

  it('--as-province keeps meaning Jiangxi; --as-province=CODE names any province', async () => {
    expect((await run('--as-province')).admin).toMatchObject({ role: 'province', divisionCode: '360000' });
    expect((await run('--as-province=410000')).admin).toMatchObject({ role: 'province', divisionCode: '410000' });
    await expect(run('--as-province=410100')).rejects.toThrow(/--as-province: "410100" is not a province code/);
    await expect(run('--as-province=100000')).rejects.toThrow(/not a province code/);
  });

  it('--as EMAIL acts as that admin, with their role and division, in any letter case', async () => {
    const { admin, actor } = await run('--as', 'Erqi@ZZ.cn');
    expect(admin).toMatchObject({ id: 'u1', role: 'county', divisionCode: '410103' });
    expect(actor).toBe(admin);
  });

  it('refuses an unknown or disabled admin, a missing email, and no or two actor flags', async () => {
    await expect(run('--as', 'nobody@zz.cn')).rejects.toThrow(/--as: no enabled admin/);
    await expect(run('--as', 'off@zz.cn')).rejects.toThrow(/--as: no enabled admin/);
    await expect(run('--as')).rejects.toThrow(/--as: no enabled admin/);
    await expect(run('--as', '--dry-run')).rejects.toThrow(/--as: no enabled admin/);
    await expect(run()).rejects.toThrow(/Give exactly one of/);
    await expect(run('--as-national', '--as-province')).rejects.toThrow(/Give exactly one of/);
  });
});
