/**
 * The zh-CN catalog, one JSON file per namespace (messages/zh-CN/<namespace>.json).
 *
 * To add a namespace: create messages/zh-CN/<ns>.json AND messages/en/<ns>.json with exactly the
 * same keys, then add ONE line to this file and ONE line to the other locale's index.ts:
 *
 *   export { default as <ns> } from "./<ns>.json";
 *
 * Keep the lines sorted. src/i18n/catalog.test.ts fails when a JSON file is not exported here, or
 * when the two locales differ in keys or in {placeholders}. Namespace names are camelCase.
 */
export { default as account } from "./account.json";
export { default as actions } from "./actions.json";
export { default as admin } from "./admin.json";
export { default as audit } from "./audit.json";
export { default as common } from "./common.json";
export { default as dashboard } from "./dashboard.json";
export { default as directory } from "./directory.json";
export { default as duty } from "./duty.json";
export { default as enums } from "./enums.json";
export { default as errors } from "./errors.json";
export { default as home } from "./home.json";
export { default as itemLists } from "./itemLists.json";
export { default as intake } from "./intake.json";
export { default as items } from "./items.json";
export { default as jobs } from "./jobs.json";
export { default as livelihood } from "./livelihood.json";
export { default as login } from "./login.json";
export { default as nav } from "./nav.json";
export { default as notifications } from "./notifications.json";
export { default as password } from "./password.json";
export { default as pii } from "./pii.json";
export { default as public } from "./public.json";
export { default as register } from "./register.json";
export { default as roles } from "./roles.json";
export { default as settings } from "./settings.json";
export { default as workflow } from "./workflow.json";
export { default as stations } from "./stations.json";
export { default as grid } from "./grid.json";
export { default as groups } from "./groups.json";
