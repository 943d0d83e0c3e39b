/** Where the Slack sender finds a bot token: the one configured, or each workspace's installation (OAuth). */
import type { SlackTokens } from '../bots/slack/sender.ts';
import type { Config } from '../config.ts';
import type { HarbourDb } from '../db/database.ts';
import { sqlInstallationStore } from '../db/slack-installations.ts';

/** The tokens for the configured Slack mode, or null when Slack is not configured. */
export function slackTokens(config: Config, db: HarbourDb): SlackTokens | null {
  if (config.SLACK_CLIENT_ID) {
    const store = sqlInstallationStore(db);
    return async (team) => (await store.fetchInstallation({ teamId: team, enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token ?? '';
  }
  return config.SLACK_BOT_TOKEN ?? null;
}
