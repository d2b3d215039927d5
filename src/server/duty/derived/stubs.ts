import type { TDerivedSource } from "./types";

/**
 * Sources whose features other engineers are building in parallel (issue 5 item 1). Each is a
 * named stub that contributes nothing yet; filling in `collect` (and setting `implemented`) is all
 * it takes for the archive to count them, without double counting (sourceKey `<name>:<fact id>:<deputy>`).
 */

// TODO(stations): station duty shifts and reception days (接待日) a deputy served at a liaison station → STATION_DUTY.
export const stationDuty: TDerivedSource = { name: "station-duty", type: "STATION_DUTY", implemented: false, collect: async () => [] };

// TODO(stations): station events (面对面, 宣讲, 视察 organised by a station) a deputy attended → FACE_TO_FACE.
export const stationEvents: TDerivedSource = { name: "station-event", type: "FACE_TO_FACE", implemented: false, collect: async () => [] };

// TODO(stations/groups): professional group activities (专业代表小组活动) a member took part in → GROUP_ACTIVITY.
export const groupActivities: TDerivedSource = { name: "group-activity", type: "GROUP_ACTIVITY", implemented: false, collect: async () => [] };

// TODO(vote): ballots cast in the livelihood-project vote (民生实事票决) and year-end ratings → VOTE.
export const votesCast: TDerivedSource = { name: "vote", type: "VOTE", implemented: false, collect: async () => [] };
