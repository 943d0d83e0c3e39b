/** Bolt's InstallationStore in Harbour's database, so one deployment can serve many Slack workspaces. */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { HarbourDb } from './database.ts';

function keyOf(query: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `E:${query.enterpriseId}`;
  if (query.teamId) return `T:${query.teamId}`;
  throw new Error('a Slack installation needs a team or an enterprise id');
}

export function sqlInstallationStore(db: HarbourDb): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      const at = new Date().toISOString();
      const json = JSON.stringify(installation);
      await db.insertInto('slack_installations').values({ key, installation: json, updated_at: at }).onConflict((oc) => oc.column('key').doUpdateSet({ installation: json, updated_at: at })).execute();
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const row = await db.selectFrom('slack_installations').select('installation').where('key', '=', keyOf(query)).executeTakeFirst();
      if (!row) throw new Error('this Slack workspace has not installed Harbour');
      return JSON.parse(row.installation) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await db.deleteFrom('slack_installations').where('key', '=', keyOf(query)).execute();
    },
  };
}
