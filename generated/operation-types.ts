// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.

import type { operations } from './schema.js';

// What each method of the client takes and returns, named once per operation.

/** `accessPolicies.assign`: POST /api/v2/accesscontrolpolicies/{id}/assign */
export type AccessPoliciesAssignPath = operations['accessPolicies.assign']['parameters']['path'];
export type AccessPoliciesAssignBody = NonNullable<
  operations['accessPolicies.assign']['requestBody']
>['content']['application/json'];
export type AccessPoliciesAssignResult =
  operations['accessPolicies.assign']['responses'][200]['content']['application/json'];

/** `accessPolicies.create`: POST /api/v2/accesscontrolpolicies */
export type AccessPoliciesCreateBody = NonNullable<
  operations['accessPolicies.create']['requestBody']
>['content']['application/json'];
export type AccessPoliciesCreateResult =
  operations['accessPolicies.create']['responses'][200]['content']['application/json'];

/** `accessPolicies.delete`: DELETE /api/v2/accesscontrolpolicies/{id} */
export type AccessPoliciesDeletePath = operations['accessPolicies.delete']['parameters']['path'];
export type AccessPoliciesDeleteResult =
  operations['accessPolicies.delete']['responses'][200]['content']['application/json'];

/** `accessPolicies.get`: GET /api/v2/accesscontrolpolicies/{id} */
export type AccessPoliciesGetPath = operations['accessPolicies.get']['parameters']['path'];
export type AccessPoliciesGetResult = operations['accessPolicies.get']['responses'][200]['content']['application/json'];

/** `accessPolicies.list`: GET /api/v2/accesscontrolpolicies */
export type AccessPoliciesListQuery = NonNullable<operations['accessPolicies.list']['parameters']['query']>;
export type AccessPoliciesListResult =
  operations['accessPolicies.list']['responses'][200]['content']['application/json'];
export type AccessPoliciesListItem = NonNullable<AccessPoliciesListResult['items']>[number];

/** `accessPolicies.listAssignments`: GET /api/v2/accesscontrolpolicies/{id}/assignments */
export type AccessPoliciesListAssignmentsPath = operations['accessPolicies.listAssignments']['parameters']['path'];
export type AccessPoliciesListAssignmentsQuery = NonNullable<
  operations['accessPolicies.listAssignments']['parameters']['query']
>;
export type AccessPoliciesListAssignmentsResult =
  operations['accessPolicies.listAssignments']['responses'][200]['content']['application/json'];
export type AccessPoliciesListAssignmentsItem = NonNullable<AccessPoliciesListAssignmentsResult['items']>[number];

/** `accessPolicies.unassign`: POST /api/v2/accesscontrolpolicies/{id}/unassign */
export type AccessPoliciesUnassignPath = operations['accessPolicies.unassign']['parameters']['path'];
export type AccessPoliciesUnassignBody = NonNullable<
  operations['accessPolicies.unassign']['requestBody']
>['content']['application/json'];
export type AccessPoliciesUnassignResult =
  operations['accessPolicies.unassign']['responses'][200]['content']['application/json'];

/** `accessPolicies.update`: PATCH /api/v2/accesscontrolpolicies/{id} */
export type AccessPoliciesUpdatePath = operations['accessPolicies.update']['parameters']['path'];
export type AccessPoliciesUpdateBody = NonNullable<
  operations['accessPolicies.update']['requestBody']
>['content']['application/json'];
export type AccessPoliciesUpdateResult =
  operations['accessPolicies.update']['responses'][200]['content']['application/json'];

/** `blockedNumbers.add`: POST /api/v2/blockednumbers/add */
export type BlockedNumbersAddBody = NonNullable<
  operations['blockedNumbers.add']['requestBody']
>['content']['application/json'];

/** `blockedNumbers.get`: GET /api/v2/blockednumbers/{number} */
export type BlockedNumbersGetPath = operations['blockedNumbers.get']['parameters']['path'];
export type BlockedNumbersGetResult = operations['blockedNumbers.get']['responses'][200]['content']['application/json'];

/** `blockedNumbers.list`: GET /api/v2/blockednumbers */
export type BlockedNumbersListQuery = NonNullable<operations['blockedNumbers.list']['parameters']['query']>;
export type BlockedNumbersListResult =
  operations['blockedNumbers.list']['responses'][200]['content']['application/json'];
export type BlockedNumbersListItem = NonNullable<BlockedNumbersListResult['items']>[number];

/** `blockedNumbers.remove`: POST /api/v2/blockednumbers/remove */
export type BlockedNumbersRemoveBody = NonNullable<
  operations['blockedNumbers.remove']['requestBody']
>['content']['application/json'];

/** `callcenters.addOperator`: POST /api/v2/callcenters/{id}/operators */
export type CallcentersAddOperatorPath = operations['callcenters.addOperator']['parameters']['path'];
export type CallcentersAddOperatorBody = NonNullable<
  operations['callcenters.addOperator']['requestBody']
>['content']['application/json'];
export type CallcentersAddOperatorResult =
  operations['callcenters.addOperator']['responses'][200]['content']['application/json'];

/** `callcenters.create`: POST /api/v2/callcenters */
export type CallcentersCreateBody = NonNullable<
  operations['callcenters.create']['requestBody']
>['content']['application/json'];
export type CallcentersCreateResult = operations['callcenters.create']['responses'][200]['content']['application/json'];

/** `callcenters.delete`: DELETE /api/v2/callcenters/{id} */
export type CallcentersDeletePath = operations['callcenters.delete']['parameters']['path'];
export type CallcentersDeleteResult = operations['callcenters.delete']['responses'][200]['content']['application/json'];

/** `callcenters.get`: GET /api/v2/callcenters/{id} */
export type CallcentersGetPath = operations['callcenters.get']['parameters']['path'];
export type CallcentersGetResult = operations['callcenters.get']['responses'][200]['content']['application/json'];

/** `callcenters.getAgentGroup`: GET /api/v2/agent-groups/{id} */
export type CallcentersGetAgentGroupPath = operations['callcenters.getAgentGroup']['parameters']['path'];
export type CallcentersGetAgentGroupResult =
  operations['callcenters.getAgentGroup']['responses'][200]['content']['application/json'];

/** `callcenters.getDutyStatus`: GET /api/v2/callcenters/operators/{id}/dutystatus */
export type CallcentersGetDutyStatusPath = operations['callcenters.getDutyStatus']['parameters']['path'];
export type CallcentersGetDutyStatusResult =
  operations['callcenters.getDutyStatus']['responses'][200]['content']['application/json'];

/** `callcenters.getSkillLevel`: GET /api/v2/callcenters/{call_center_id}/operators/{user_id}/skill */
export type CallcentersGetSkillLevelPath = operations['callcenters.getSkillLevel']['parameters']['path'];
export type CallcentersGetSkillLevelResult =
  operations['callcenters.getSkillLevel']['responses'][200]['content']['application/json'];

/** `callcenters.list`: GET /api/v2/callcenters */
export type CallcentersListQuery = NonNullable<operations['callcenters.list']['parameters']['query']>;
export type CallcentersListResult = operations['callcenters.list']['responses'][200]['content']['application/json'];
export type CallcentersListItem = NonNullable<CallcentersListResult['items']>[number];

/** `callcenters.listByOffice`: GET /api/v2/offices/{office_id}/callcenters */
export type CallcentersListByOfficePath = operations['callcenters.listByOffice']['parameters']['path'];
export type CallcentersListByOfficeQuery = NonNullable<operations['callcenters.listByOffice']['parameters']['query']>;
export type CallcentersListByOfficeResult =
  operations['callcenters.listByOffice']['responses'][200]['content']['application/json'];
export type CallcentersListByOfficeItem = NonNullable<CallcentersListByOfficeResult['items']>[number];

/** `callcenters.listOperators`: GET /api/v2/callcenters/{id}/operators */
export type CallcentersListOperatorsPath = operations['callcenters.listOperators']['parameters']['path'];
export type CallcentersListOperatorsResult =
  operations['callcenters.listOperators']['responses'][200]['content']['application/json'];

/** `callcenters.removeOperator`: DELETE /api/v2/callcenters/{id}/operators */
export type CallcentersRemoveOperatorPath = operations['callcenters.removeOperator']['parameters']['path'];
export type CallcentersRemoveOperatorBody = NonNullable<
  operations['callcenters.removeOperator']['requestBody']
>['content']['application/json'];
export type CallcentersRemoveOperatorResult =
  operations['callcenters.removeOperator']['responses'][200]['content']['application/json'];

/** `callcenters.status`: GET /api/v2/callcenters/{id}/status */
export type CallcentersStatusPath = operations['callcenters.status']['parameters']['path'];
export type CallcentersStatusResult = operations['callcenters.status']['responses'][200]['content']['application/json'];

/** `callcenters.update`: PATCH /api/v2/callcenters/{id} */
export type CallcentersUpdatePath = operations['callcenters.update']['parameters']['path'];
export type CallcentersUpdateBody = NonNullable<
  operations['callcenters.update']['requestBody']
>['content']['application/json'];
export type CallcentersUpdateResult = operations['callcenters.update']['responses'][200]['content']['application/json'];

/** `callcenters.updateDutyStatus`: PATCH /api/v2/callcenters/operators/{id}/dutystatus */
export type CallcentersUpdateDutyStatusPath = operations['callcenters.updateDutyStatus']['parameters']['path'];
export type CallcentersUpdateDutyStatusBody = NonNullable<
  operations['callcenters.updateDutyStatus']['requestBody']
>['content']['application/json'];
export type CallcentersUpdateDutyStatusResult =
  operations['callcenters.updateDutyStatus']['responses'][200]['content']['application/json'];

/** `callcenters.updateSkillLevel`: PATCH /api/v2/callcenters/{call_center_id}/operators/{user_id}/skill */
export type CallcentersUpdateSkillLevelPath = operations['callcenters.updateSkillLevel']['parameters']['path'];
export type CallcentersUpdateSkillLevelBody = NonNullable<
  operations['callcenters.updateSkillLevel']['requestBody']
>['content']['application/json'];
export type CallcentersUpdateSkillLevelResult =
  operations['callcenters.updateSkillLevel']['responses'][200]['content']['application/json'];

/** `callRouters.create`: POST /api/v2/callrouters */
export type CallRoutersCreateBody = NonNullable<
  operations['callRouters.create']['requestBody']
>['content']['application/json'];
export type CallRoutersCreateResult = operations['callRouters.create']['responses'][200]['content']['application/json'];

/** `callRouters.delete`: DELETE /api/v2/callrouters/{id} */
export type CallRoutersDeletePath = operations['callRouters.delete']['parameters']['path'];

/** `callRouters.get`: GET /api/v2/callrouters/{id} */
export type CallRoutersGetPath = operations['callRouters.get']['parameters']['path'];
export type CallRoutersGetResult = operations['callRouters.get']['responses'][200]['content']['application/json'];

/** `callRouters.list`: GET /api/v2/callrouters */
export type CallRoutersListQuery = NonNullable<operations['callRouters.list']['parameters']['query']>;
export type CallRoutersListResult = operations['callRouters.list']['responses'][200]['content']['application/json'];
export type CallRoutersListItem = NonNullable<CallRoutersListResult['items']>[number];

/** `callRouters.update`: PATCH /api/v2/callrouters/{id} */
export type CallRoutersUpdatePath = operations['callRouters.update']['parameters']['path'];
export type CallRoutersUpdateBody = NonNullable<
  operations['callRouters.update']['requestBody']
>['content']['application/json'];
export type CallRoutersUpdateResult = operations['callRouters.update']['responses'][200]['content']['application/json'];

/** `calls.addParticipant`: POST /api/v2/call/{id}/participants/add */
export type CallsAddParticipantPath = operations['calls.addParticipant']['parameters']['path'];
export type CallsAddParticipantBody = NonNullable<
  operations['calls.addParticipant']['requestBody']
>['content']['application/json'];
export type CallsAddParticipantResult =
  operations['calls.addParticipant']['responses'][200]['content']['application/json'];

/** `calls.aiRecap`: GET /api/v2/call/{id}/ai_recap */
export type CallsAiRecapPath = operations['calls.aiRecap']['parameters']['path'];
export type CallsAiRecapQuery = NonNullable<operations['calls.aiRecap']['parameters']['query']>;
export type CallsAiRecapResult = operations['calls.aiRecap']['responses'][200]['content']['application/json'];

/** `calls.assign`: POST /api/v2/call/{id}/assign */
export type CallsAssignPath = operations['calls.assign']['parameters']['path'];
export type CallsAssignBody = NonNullable<operations['calls.assign']['requestBody']>['content']['application/json'];
export type CallsAssignResult = operations['calls.assign']['responses'][200]['content']['application/json'];

/** `calls.enqueueCallback`: POST /api/v2/callback */
export type CallsEnqueueCallbackBody = NonNullable<
  operations['calls.enqueueCallback']['requestBody']
>['content']['application/json'];
export type CallsEnqueueCallbackResult =
  operations['calls.enqueueCallback']['responses'][200]['content']['application/json'];

/** `calls.get`: GET /api/v2/call/{id} */
export type CallsGetPath = operations['calls.get']['parameters']['path'];
export type CallsGetResult = operations['calls.get']['responses'][200]['content']['application/json'];

/** `calls.hangup`: PUT /api/v2/call/{id}/actions/hangup */
export type CallsHangupPath = operations['calls.hangup']['parameters']['path'];

/** `calls.initiate`: POST /api/v2/users/{id}/initiate_call */
export type CallsInitiatePath = operations['calls.initiate']['parameters']['path'];
export type CallsInitiateBody = NonNullable<operations['calls.initiate']['requestBody']>['content']['application/json'];
export type CallsInitiateResult = operations['calls.initiate']['responses'][200]['content']['application/json'];

/** `calls.initiateIvr`: POST /api/v2/call/initiate_ivr_call */
export type CallsInitiateIvrBody = NonNullable<
  operations['calls.initiateIvr']['requestBody']
>['content']['application/json'];
export type CallsInitiateIvrResult = operations['calls.initiateIvr']['responses'][200]['content']['application/json'];

/** `calls.list`: GET /api/v2/call */
export type CallsListQuery = NonNullable<operations['calls.list']['parameters']['query']>;
export type CallsListResult = operations['calls.list']['responses'][200]['content']['application/json'];
export type CallsListItem = NonNullable<CallsListResult['items']>[number];

/** `calls.listAssigned`: GET /api/v2/call/{id}/assigned */
export type CallsListAssignedPath = operations['calls.listAssigned']['parameters']['path'];
export type CallsListAssignedResult = operations['calls.listAssigned']['responses'][200]['content']['application/json'];

/** `calls.listLabels`: GET /api/v2/calllabels */
export type CallsListLabelsQuery = NonNullable<operations['calls.listLabels']['parameters']['query']>;
export type CallsListLabelsResult = operations['calls.listLabels']['responses'][200]['content']['application/json'];

/** `calls.ring`: POST /api/v2/call */
export type CallsRingBody = NonNullable<operations['calls.ring']['requestBody']>['content']['application/json'];
export type CallsRingResult = operations['calls.ring']['responses'][200]['content']['application/json'];

/** `calls.setLabels`: PUT /api/v2/call/{id}/labels */
export type CallsSetLabelsPath = operations['calls.setLabels']['parameters']['path'];
export type CallsSetLabelsBody = NonNullable<
  operations['calls.setLabels']['requestBody']
>['content']['application/json'];
export type CallsSetLabelsResult = operations['calls.setLabels']['responses'][200]['content']['application/json'];

/** `calls.toggleRecording`: PATCH /api/v2/users/{id}/activecall */
export type CallsToggleRecordingPath = operations['calls.toggleRecording']['parameters']['path'];
export type CallsToggleRecordingBody = NonNullable<
  operations['calls.toggleRecording']['requestBody']
>['content']['application/json'];
export type CallsToggleRecordingResult =
  operations['calls.toggleRecording']['responses'][200]['content']['application/json'];

/** `calls.toggleVi`: PATCH /api/v2/users/{id}/togglevi */
export type CallsToggleViPath = operations['calls.toggleVi']['parameters']['path'];
export type CallsToggleViBody = NonNullable<operations['calls.toggleVi']['requestBody']>['content']['application/json'];
export type CallsToggleViResult = operations['calls.toggleVi']['responses'][200]['content']['application/json'];

/** `calls.transfer`: POST /api/v2/call/{id}/transfer */
export type CallsTransferPath = operations['calls.transfer']['parameters']['path'];
export type CallsTransferBody = NonNullable<operations['calls.transfer']['requestBody']>['content']['application/json'];
export type CallsTransferResult = operations['calls.transfer']['responses'][200]['content']['application/json'];

/** `calls.unassign`: POST /api/v2/call/{id}/unassign */
export type CallsUnassignPath = operations['calls.unassign']['parameters']['path'];
export type CallsUnassignBody = NonNullable<operations['calls.unassign']['requestBody']>['content']['application/json'];
export type CallsUnassignResult = operations['calls.unassign']['responses'][200]['content']['application/json'];

/** `calls.unassignAll`: POST /api/v2/call/{id}/unassign/all */
export type CallsUnassignAllPath = operations['calls.unassignAll']['parameters']['path'];
export type CallsUnassignAllResult = operations['calls.unassignAll']['responses'][200]['content']['application/json'];

/** `calls.unpark`: POST /api/v2/call/{id}/unpark */
export type CallsUnparkPath = operations['calls.unpark']['parameters']['path'];
export type CallsUnparkBody = NonNullable<operations['calls.unpark']['requestBody']>['content']['application/json'];
export type CallsUnparkResult = operations['calls.unpark']['responses'][200]['content']['application/json'];

/** `calls.validateCallback`: POST /api/v2/callback/validate */
export type CallsValidateCallbackBody = NonNullable<
  operations['calls.validateCallback']['requestBody']
>['content']['application/json'];
export type CallsValidateCallbackResult =
  operations['calls.validateCallback']['responses'][200]['content']['application/json'];

/** `channels.addMember`: POST /api/v2/channels/{id}/members */
export type ChannelsAddMemberPath = operations['channels.addMember']['parameters']['path'];
export type ChannelsAddMemberBody = NonNullable<
  operations['channels.addMember']['requestBody']
>['content']['application/json'];
export type ChannelsAddMemberResult = operations['channels.addMember']['responses'][200]['content']['application/json'];

/** `channels.create`: POST /api/v2/channels */
export type ChannelsCreateBody = NonNullable<
  operations['channels.create']['requestBody']
>['content']['application/json'];
export type ChannelsCreateResult = operations['channels.create']['responses'][200]['content']['application/json'];

/** `channels.delete`: DELETE /api/v2/channels/{id} */
export type ChannelsDeletePath = operations['channels.delete']['parameters']['path'];

/** `channels.get`: GET /api/v2/channels/{id} */
export type ChannelsGetPath = operations['channels.get']['parameters']['path'];
export type ChannelsGetResult = operations['channels.get']['responses'][200]['content']['application/json'];

/** `channels.list`: GET /api/v2/channels */
export type ChannelsListQuery = NonNullable<operations['channels.list']['parameters']['query']>;
export type ChannelsListResult = operations['channels.list']['responses'][200]['content']['application/json'];
export type ChannelsListItem = NonNullable<ChannelsListResult['items']>[number];

/** `channels.listMembers`: GET /api/v2/channels/{id}/members */
export type ChannelsListMembersPath = operations['channels.listMembers']['parameters']['path'];
export type ChannelsListMembersQuery = NonNullable<operations['channels.listMembers']['parameters']['query']>;
export type ChannelsListMembersResult =
  operations['channels.listMembers']['responses'][200]['content']['application/json'];
export type ChannelsListMembersItem = NonNullable<ChannelsListMembersResult['items']>[number];

/** `channels.removeMember`: DELETE /api/v2/channels/{id}/members */
export type ChannelsRemoveMemberPath = operations['channels.removeMember']['parameters']['path'];
export type ChannelsRemoveMemberBody = NonNullable<
  operations['channels.removeMember']['requestBody']
>['content']['application/json'];

/** `coaching.addTeamMember`: POST /api/v2/coachingteams/{id}/members */
export type CoachingAddTeamMemberPath = operations['coaching.addTeamMember']['parameters']['path'];
export type CoachingAddTeamMemberBody = NonNullable<
  operations['coaching.addTeamMember']['requestBody']
>['content']['application/json'];
export type CoachingAddTeamMemberResult =
  operations['coaching.addTeamMember']['responses'][200]['content']['application/json'];

/** `coaching.getTeam`: GET /api/v2/coachingteams/{id} */
export type CoachingGetTeamPath = operations['coaching.getTeam']['parameters']['path'];
export type CoachingGetTeamResult = operations['coaching.getTeam']['responses'][200]['content']['application/json'];

/** `coaching.listTeamMembers`: GET /api/v2/coachingteams/{id}/members */
export type CoachingListTeamMembersPath = operations['coaching.listTeamMembers']['parameters']['path'];
export type CoachingListTeamMembersQuery = NonNullable<operations['coaching.listTeamMembers']['parameters']['query']>;
export type CoachingListTeamMembersResult =
  operations['coaching.listTeamMembers']['responses'][200]['content']['application/json'];
export type CoachingListTeamMembersItem = NonNullable<CoachingListTeamMembersResult['items']>[number];

/** `coaching.listTeams`: GET /api/v2/coachingteams */
export type CoachingListTeamsQuery = NonNullable<operations['coaching.listTeams']['parameters']['query']>;
export type CoachingListTeamsResult = operations['coaching.listTeams']['responses'][200]['content']['application/json'];
export type CoachingListTeamsItem = NonNullable<CoachingListTeamsResult['items']>[number];

/** `coaching.listTeamsByOffice`: GET /api/v2/offices/{office_id}/teams */
export type CoachingListTeamsByOfficePath = operations['coaching.listTeamsByOffice']['parameters']['path'];
export type CoachingListTeamsByOfficeQuery = NonNullable<
  operations['coaching.listTeamsByOffice']['parameters']['query']
>;
export type CoachingListTeamsByOfficeResult =
  operations['coaching.listTeamsByOffice']['responses'][200]['content']['application/json'];
export type CoachingListTeamsByOfficeItem = NonNullable<CoachingListTeamsByOfficeResult['items']>[number];

/** `company.get`: GET /api/v2/company */
export type CompanyGetResult = operations['company.get']['responses'][200]['content']['application/json'];

/** `company.getAppSettings`: GET /api/v2/app/settings */
export type CompanyGetAppSettingsQuery = NonNullable<operations['company.getAppSettings']['parameters']['query']>;
export type CompanyGetAppSettingsResult =
  operations['company.getAppSettings']['responses'][200]['content']['application/json'];

/** `company.updateSettings`: PUT /api/v2/company/settings */
export type CompanyUpdateSettingsQuery = NonNullable<operations['company.updateSettings']['parameters']['query']>;
export type CompanyUpdateSettingsResult =
  operations['company.updateSettings']['responses'][200]['content']['application/json'];

/** `contacts.create`: POST /api/v2/contacts */
export type ContactsCreateBody = NonNullable<
  operations['contacts.create']['requestBody']
>['content']['application/json'];
export type ContactsCreateResult = operations['contacts.create']['responses'][200]['content']['application/json'];

/** `contacts.delete`: DELETE /api/v2/contacts/{id} */
export type ContactsDeletePath = operations['contacts.delete']['parameters']['path'];
export type ContactsDeleteResult = operations['contacts.delete']['responses'][200]['content']['application/json'];

/** `contacts.get`: GET /api/v2/contacts/{id} */
export type ContactsGetPath = operations['contacts.get']['parameters']['path'];
export type ContactsGetResult = operations['contacts.get']['responses'][200]['content']['application/json'];

/** `contacts.list`: GET /api/v2/contacts */
export type ContactsListQuery = NonNullable<operations['contacts.list']['parameters']['query']>;
export type ContactsListResult = operations['contacts.list']['responses'][200]['content']['application/json'];
export type ContactsListItem = NonNullable<ContactsListResult['items']>[number];

/** `contacts.update`: PATCH /api/v2/contacts/{id} */
export type ContactsUpdatePath = operations['contacts.update']['parameters']['path'];
export type ContactsUpdateBody = NonNullable<
  operations['contacts.update']['requestBody']
>['content']['application/json'];
export type ContactsUpdateResult = operations['contacts.update']['responses'][200]['content']['application/json'];

/** `contacts.upsert`: PUT /api/v2/contacts */
export type ContactsUpsertBody = NonNullable<
  operations['contacts.upsert']['requestBody']
>['content']['application/json'];
export type ContactsUpsertResult = operations['contacts.upsert']['responses'][200]['content']['application/json'];

/** `customIvrs.assign`: PATCH /api/v2/customivrs/{target_type}/{target_id}/{ivr_type} */
export type CustomIvrsAssignPath = operations['customIvrs.assign']['parameters']['path'];
export type CustomIvrsAssignBody = NonNullable<
  operations['customIvrs.assign']['requestBody']
>['content']['application/json'];
export type CustomIvrsAssignResult = operations['customIvrs.assign']['responses'][200]['content']['application/json'];

/** `customIvrs.create`: POST /api/v2/customivrs */
export type CustomIvrsCreateBody = NonNullable<
  operations['customIvrs.create']['requestBody']
>['content']['application/json'];
export type CustomIvrsCreateResult = operations['customIvrs.create']['responses'][200]['content']['application/json'];

/** `customIvrs.delete`: DELETE /api/v2/customivrs/{target_type}/{target_id}/{ivr_type} */
export type CustomIvrsDeletePath = operations['customIvrs.delete']['parameters']['path'];
export type CustomIvrsDeleteBody = NonNullable<
  operations['customIvrs.delete']['requestBody']
>['content']['application/json'];
export type CustomIvrsDeleteResult = operations['customIvrs.delete']['responses'][200]['content']['application/json'];

/** `customIvrs.list`: GET /api/v2/customivrs */
export type CustomIvrsListQuery = NonNullable<operations['customIvrs.list']['parameters']['query']>;
export type CustomIvrsListResult = operations['customIvrs.list']['responses'][200]['content']['application/json'];
export type CustomIvrsListItem = NonNullable<CustomIvrsListResult['items']>[number];

/** `customIvrs.update`: PATCH /api/v2/customivrs/{ivr_id} */
export type CustomIvrsUpdatePath = operations['customIvrs.update']['parameters']['path'];
export type CustomIvrsUpdateBody = NonNullable<
  operations['customIvrs.update']['requestBody']
>['content']['application/json'];
export type CustomIvrsUpdateResult = operations['customIvrs.update']['responses'][200]['content']['application/json'];

/** `departments.addOperator`: POST /api/v2/departments/{id}/operators */
export type DepartmentsAddOperatorPath = operations['departments.addOperator']['parameters']['path'];
export type DepartmentsAddOperatorBody = NonNullable<
  operations['departments.addOperator']['requestBody']
>['content']['application/json'];
export type DepartmentsAddOperatorResult =
  operations['departments.addOperator']['responses'][200]['content']['application/json'];

/** `departments.create`: POST /api/v2/departments */
export type DepartmentsCreateBody = NonNullable<
  operations['departments.create']['requestBody']
>['content']['application/json'];
export type DepartmentsCreateResult = operations['departments.create']['responses'][200]['content']['application/json'];

/** `departments.delete`: DELETE /api/v2/departments/{id} */
export type DepartmentsDeletePath = operations['departments.delete']['parameters']['path'];
export type DepartmentsDeleteResult = operations['departments.delete']['responses'][200]['content']['application/json'];

/** `departments.get`: GET /api/v2/departments/{id} */
export type DepartmentsGetPath = operations['departments.get']['parameters']['path'];
export type DepartmentsGetResult = operations['departments.get']['responses'][200]['content']['application/json'];

/** `departments.list`: GET /api/v2/departments */
export type DepartmentsListQuery = NonNullable<operations['departments.list']['parameters']['query']>;
export type DepartmentsListResult = operations['departments.list']['responses'][200]['content']['application/json'];
export type DepartmentsListItem = NonNullable<DepartmentsListResult['items']>[number];

/** `departments.listByOffice`: GET /api/v2/offices/{office_id}/departments */
export type DepartmentsListByOfficePath = operations['departments.listByOffice']['parameters']['path'];
export type DepartmentsListByOfficeQuery = NonNullable<operations['departments.listByOffice']['parameters']['query']>;
export type DepartmentsListByOfficeResult =
  operations['departments.listByOffice']['responses'][200]['content']['application/json'];
export type DepartmentsListByOfficeItem = NonNullable<DepartmentsListByOfficeResult['items']>[number];

/** `departments.listOperators`: GET /api/v2/departments/{id}/operators */
export type DepartmentsListOperatorsPath = operations['departments.listOperators']['parameters']['path'];
export type DepartmentsListOperatorsResult =
  operations['departments.listOperators']['responses'][200]['content']['application/json'];

/** `departments.removeOperator`: DELETE /api/v2/departments/{id}/operators */
export type DepartmentsRemoveOperatorPath = operations['departments.removeOperator']['parameters']['path'];
export type DepartmentsRemoveOperatorBody = NonNullable<
  operations['departments.removeOperator']['requestBody']
>['content']['application/json'];
export type DepartmentsRemoveOperatorResult =
  operations['departments.removeOperator']['responses'][200]['content']['application/json'];

/** `departments.update`: PATCH /api/v2/departments/{id} */
export type DepartmentsUpdatePath = operations['departments.update']['parameters']['path'];
export type DepartmentsUpdateBody = NonNullable<
  operations['departments.update']['requestBody']
>['content']['application/json'];
export type DepartmentsUpdateResult = operations['departments.update']['responses'][200]['content']['application/json'];

/** `dispositions.create`: POST /api/v2/dispositions */
export type DispositionsCreateBody = NonNullable<
  operations['dispositions.create']['requestBody']
>['content']['application/json'];
export type DispositionsCreateResult =
  operations['dispositions.create']['responses'][200]['content']['application/json'];

/** `dispositions.delete`: DELETE /api/v2/dispositions/{id} */
export type DispositionsDeletePath = operations['dispositions.delete']['parameters']['path'];

/** `dispositions.get`: GET /api/v2/dispositions/{id} */
export type DispositionsGetPath = operations['dispositions.get']['parameters']['path'];
export type DispositionsGetResult = operations['dispositions.get']['responses'][200]['content']['application/json'];

/** `dispositions.list`: GET /api/v2/dispositions */
export type DispositionsListQuery = NonNullable<operations['dispositions.list']['parameters']['query']>;
export type DispositionsListResult = operations['dispositions.list']['responses'][200]['content']['application/json'];
export type DispositionsListItem = NonNullable<DispositionsListResult['items']>[number];

/** `dispositions.update`: PATCH /api/v2/dispositions/{id} */
export type DispositionsUpdatePath = operations['dispositions.update']['parameters']['path'];
export type DispositionsUpdateBody = NonNullable<
  operations['dispositions.update']['requestBody']
>['content']['application/json'];
export type DispositionsUpdateResult =
  operations['dispositions.update']['responses'][200]['content']['application/json'];

/** `fax.send`: POST /api/v2/fax */
export type FaxSendBody = NonNullable<operations['fax.send']['requestBody']>['content']['application/json'];
export type FaxSendResult = operations['fax.send']['responses'][200]['content']['application/json'];

/** `meetings.create`: POST /api/v2/meetings */
export type MeetingsCreateBody = NonNullable<
  operations['meetings.create']['requestBody']
>['content']['application/json'];
export type MeetingsCreateResult = operations['meetings.create']['responses'][200]['content']['application/json'];

/** `meetings.delete`: DELETE /api/v2/meetings/{scheduled_conference_id} */
export type MeetingsDeletePath = operations['meetings.delete']['parameters']['path'];
export type MeetingsDeleteQuery = NonNullable<operations['meetings.delete']['parameters']['query']>;
export type MeetingsDeleteResult = operations['meetings.delete']['responses'][200]['content']['application/json'];

/** `meetings.get`: GET /api/v2/meetings/{scheduled_conference_id} */
export type MeetingsGetPath = operations['meetings.get']['parameters']['path'];
export type MeetingsGetQuery = NonNullable<operations['meetings.get']['parameters']['query']>;
export type MeetingsGetResult = operations['meetings.get']['responses'][200]['content']['application/json'];

/** `meetings.list`: GET /api/v2/meetings */
export type MeetingsListQuery = NonNullable<operations['meetings.list']['parameters']['query']>;
export type MeetingsListResult = operations['meetings.list']['responses'][200]['content']['application/json'];

/** `meetings.listRooms`: GET /api/v2/conference/rooms */
export type MeetingsListRoomsQuery = NonNullable<operations['meetings.listRooms']['parameters']['query']>;
export type MeetingsListRoomsResult = operations['meetings.listRooms']['responses'][200]['content']['application/json'];
export type MeetingsListRoomsItem = NonNullable<MeetingsListRoomsResult['items']>[number];

/** `meetings.listSummaries`: GET /api/v2/conference/meetings */
export type MeetingsListSummariesQuery = NonNullable<operations['meetings.listSummaries']['parameters']['query']>;
export type MeetingsListSummariesResult =
  operations['meetings.listSummaries']['responses'][200]['content']['application/json'];
export type MeetingsListSummariesItem = NonNullable<MeetingsListSummariesResult['items']>[number];

/** `meetings.update`: PUT /api/v2/meetings/{scheduled_conference_id} */
export type MeetingsUpdatePath = operations['meetings.update']['parameters']['path'];
export type MeetingsUpdateBody = NonNullable<
  operations['meetings.update']['requestBody']
>['content']['application/json'];
export type MeetingsUpdateResult = operations['meetings.update']['responses'][200]['content']['application/json'];

/** `messages.deleteScheduled`: DELETE /api/v2/message/schedule/{id} */
export type MessagesDeleteScheduledPath = operations['messages.deleteScheduled']['parameters']['path'];
export type MessagesDeleteScheduledBody = NonNullable<
  operations['messages.deleteScheduled']['requestBody']
>['content']['application/json'];
export type MessagesDeleteScheduledResult =
  operations['messages.deleteScheduled']['responses'][200]['content']['application/json'];

/** `messages.getBulk`: GET /api/v2/message/bulk/{id} */
export type MessagesGetBulkPath = operations['messages.getBulk']['parameters']['path'];
export type MessagesGetBulkQuery = NonNullable<operations['messages.getBulk']['parameters']['query']>;
export type MessagesGetBulkResult = operations['messages.getBulk']['responses'][200]['content']['application/json'];

/** `messages.getScheduled`: GET /api/v2/message/schedule/{id} */
export type MessagesGetScheduledPath = operations['messages.getScheduled']['parameters']['path'];
export type MessagesGetScheduledQuery = NonNullable<operations['messages.getScheduled']['parameters']['query']>;
export type MessagesGetScheduledResult =
  operations['messages.getScheduled']['responses'][200]['content']['application/json'];

/** `messages.listBulk`: GET /api/v2/message/bulk */
export type MessagesListBulkQuery = NonNullable<operations['messages.listBulk']['parameters']['query']>;
export type MessagesListBulkResult = operations['messages.listBulk']['responses'][200]['content']['application/json'];

/** `messages.listOptOuts`: GET /api/v2/company/{id}/smsoptout */
export type MessagesListOptOutsPath = operations['messages.listOptOuts']['parameters']['path'];
export type MessagesListOptOutsQuery = NonNullable<operations['messages.listOptOuts']['parameters']['query']>;
export type MessagesListOptOutsResult =
  operations['messages.listOptOuts']['responses'][200]['content']['application/json'];
export type MessagesListOptOutsItem = NonNullable<MessagesListOptOutsResult['items']>[number];

/** `messages.listScheduled`: GET /api/v2/message/schedule */
export type MessagesListScheduledQuery = NonNullable<operations['messages.listScheduled']['parameters']['query']>;
export type MessagesListScheduledResult =
  operations['messages.listScheduled']['responses'][200]['content']['application/json'];

/** `messages.schedule`: POST /api/v2/message/schedule */
export type MessagesScheduleBody = NonNullable<
  operations['messages.schedule']['requestBody']
>['content']['application/json'];
export type MessagesScheduleResult = operations['messages.schedule']['responses'][200]['content']['application/json'];

/** `messages.sendBulk`: POST /api/v2/message/bulk */
export type MessagesSendBulkBody = NonNullable<
  operations['messages.sendBulk']['requestBody']
>['content']['application/json'];
export type MessagesSendBulkResult = operations['messages.sendBulk']['responses'][200]['content']['application/json'];

/** `messages.sendScheduledNow`: POST /api/v2/message/schedule/{id}/send */
export type MessagesSendScheduledNowPath = operations['messages.sendScheduledNow']['parameters']['path'];
export type MessagesSendScheduledNowBody = NonNullable<
  operations['messages.sendScheduledNow']['requestBody']
>['content']['application/json'];
export type MessagesSendScheduledNowResult =
  operations['messages.sendScheduledNow']['responses'][200]['content']['application/json'];

/** `messages.updateBulk`: PATCH /api/v2/message/bulk/{id} */
export type MessagesUpdateBulkPath = operations['messages.updateBulk']['parameters']['path'];
export type MessagesUpdateBulkBody = NonNullable<
  operations['messages.updateBulk']['requestBody']
>['content']['application/json'];
export type MessagesUpdateBulkResult =
  operations['messages.updateBulk']['responses'][200]['content']['application/json'];

/** `messages.updateScheduled`: PATCH /api/v2/message/schedule/{id} */
export type MessagesUpdateScheduledPath = operations['messages.updateScheduled']['parameters']['path'];
export type MessagesUpdateScheduledBody = NonNullable<
  operations['messages.updateScheduled']['requestBody']
>['content']['application/json'];
export type MessagesUpdateScheduledResult =
  operations['messages.updateScheduled']['responses'][200]['content']['application/json'];

/** `numbers.assign`: POST /api/v2/numbers/{number}/assign */
export type NumbersAssignPath = operations['numbers.assign']['parameters']['path'];
export type NumbersAssignBody = NonNullable<operations['numbers.assign']['requestBody']>['content']['application/json'];
export type NumbersAssignResult = operations['numbers.assign']['responses'][200]['content']['application/json'];

/** `numbers.assignFaxLine`: POST /api/v2/faxline */
export type NumbersAssignFaxLineBody = NonNullable<
  operations['numbers.assignFaxLine']['requestBody']
>['content']['application/json'];
export type NumbersAssignFaxLineResult =
  operations['numbers.assignFaxLine']['responses'][200]['content']['application/json'];

/** `numbers.assignToCallRouter`: POST /api/v2/callrouters/{id}/assign_number */
export type NumbersAssignToCallRouterPath = operations['numbers.assignToCallRouter']['parameters']['path'];
export type NumbersAssignToCallRouterBody = NonNullable<
  operations['numbers.assignToCallRouter']['requestBody']
>['content']['application/json'];
export type NumbersAssignToCallRouterResult =
  operations['numbers.assignToCallRouter']['responses'][200]['content']['application/json'];

/** `numbers.assignToOffice`: POST /api/v2/offices/{id}/assign_number */
export type NumbersAssignToOfficePath = operations['numbers.assignToOffice']['parameters']['path'];
export type NumbersAssignToOfficeBody = NonNullable<
  operations['numbers.assignToOffice']['requestBody']
>['content']['application/json'];
export type NumbersAssignToOfficeResult =
  operations['numbers.assignToOffice']['responses'][200]['content']['application/json'];

/** `numbers.assignToRoom`: POST /api/v2/rooms/{id}/assign_number */
export type NumbersAssignToRoomPath = operations['numbers.assignToRoom']['parameters']['path'];
export type NumbersAssignToRoomBody = NonNullable<
  operations['numbers.assignToRoom']['requestBody']
>['content']['application/json'];
export type NumbersAssignToRoomResult =
  operations['numbers.assignToRoom']['responses'][200]['content']['application/json'];

/** `numbers.assignToUser`: POST /api/v2/users/{id}/assign_number */
export type NumbersAssignToUserPath = operations['numbers.assignToUser']['parameters']['path'];
export type NumbersAssignToUserBody = NonNullable<
  operations['numbers.assignToUser']['requestBody']
>['content']['application/json'];
export type NumbersAssignToUserResult =
  operations['numbers.assignToUser']['responses'][200]['content']['application/json'];

/** `numbers.autoAssign`: POST /api/v2/numbers/assign */
export type NumbersAutoAssignBody = NonNullable<
  operations['numbers.autoAssign']['requestBody']
>['content']['application/json'];
export type NumbersAutoAssignResult = operations['numbers.autoAssign']['responses'][200]['content']['application/json'];

/** `numbers.format`: POST /api/v2/numbers/format */
export type NumbersFormatQuery = NonNullable<operations['numbers.format']['parameters']['query']>;
export type NumbersFormatResult = operations['numbers.format']['responses'][200]['content']['application/json'];

/** `numbers.get`: GET /api/v2/numbers/{number} */
export type NumbersGetPath = operations['numbers.get']['parameters']['path'];
export type NumbersGetResult = operations['numbers.get']['responses'][200]['content']['application/json'];

/** `numbers.list`: GET /api/v2/numbers */
export type NumbersListQuery = NonNullable<operations['numbers.list']['parameters']['query']>;
export type NumbersListResult = operations['numbers.list']['responses'][200]['content']['application/json'];
export type NumbersListItem = NonNullable<NumbersListResult['items']>[number];

/** `numbers.swap`: POST /api/v2/numbers/swap */
export type NumbersSwapBody = NonNullable<operations['numbers.swap']['requestBody']>['content']['application/json'];
export type NumbersSwapResult = operations['numbers.swap']['responses'][200]['content']['application/json'];

/** `numbers.unassign`: DELETE /api/v2/numbers/{number} */
export type NumbersUnassignPath = operations['numbers.unassign']['parameters']['path'];
export type NumbersUnassignQuery = NonNullable<operations['numbers.unassign']['parameters']['query']>;
export type NumbersUnassignResult = operations['numbers.unassign']['responses'][200]['content']['application/json'];

/** `numbers.unassignFromOffice`: POST /api/v2/offices/{id}/unassign_number */
export type NumbersUnassignFromOfficePath = operations['numbers.unassignFromOffice']['parameters']['path'];
export type NumbersUnassignFromOfficeBody = NonNullable<
  operations['numbers.unassignFromOffice']['requestBody']
>['content']['application/json'];
export type NumbersUnassignFromOfficeResult =
  operations['numbers.unassignFromOffice']['responses'][200]['content']['application/json'];

/** `numbers.unassignFromRoom`: POST /api/v2/rooms/{id}/unassign_number */
export type NumbersUnassignFromRoomPath = operations['numbers.unassignFromRoom']['parameters']['path'];
export type NumbersUnassignFromRoomBody = NonNullable<
  operations['numbers.unassignFromRoom']['requestBody']
>['content']['application/json'];
export type NumbersUnassignFromRoomResult =
  operations['numbers.unassignFromRoom']['responses'][200]['content']['application/json'];

/** `numbers.unassignFromUser`: POST /api/v2/users/{id}/unassign_number */
export type NumbersUnassignFromUserPath = operations['numbers.unassignFromUser']['parameters']['path'];
export type NumbersUnassignFromUserBody = NonNullable<
  operations['numbers.unassignFromUser']['requestBody']
>['content']['application/json'];
export type NumbersUnassignFromUserResult =
  operations['numbers.unassignFromUser']['responses'][200]['content']['application/json'];

/** `numbers.updateTags`: PATCH /api/v2/numbers/tags */
export type NumbersUpdateTagsBody = NonNullable<
  operations['numbers.updateTags']['requestBody']
>['content']['application/json'];
export type NumbersUpdateTagsResult = operations['numbers.updateTags']['responses'][200]['content']['application/json'];

/** `oauth.authorize`: GET /oauth2/authorize */
export type OauthAuthorizeQuery = NonNullable<operations['oauth.authorize']['parameters']['query']>;

/** `oauth.deauthorize`: POST /oauth2/deauthorize */

/** `oauth.token`: POST /oauth2/token */
export type OauthTokenBody = NonNullable<operations['oauth.token']['requestBody']>['content']['application/json'];
export type OauthTokenResult = operations['oauth.token']['responses'][200]['content']['application/json'];

/** `offices.addOperator`: POST /api/v2/offices/{id}/operators */
export type OfficesAddOperatorPath = operations['offices.addOperator']['parameters']['path'];
export type OfficesAddOperatorBody = NonNullable<
  operations['offices.addOperator']['requestBody']
>['content']['application/json'];
export type OfficesAddOperatorResult =
  operations['offices.addOperator']['responses'][200]['content']['application/json'];

/** `offices.create`: POST /api/v2/offices */
export type OfficesCreateBody = NonNullable<operations['offices.create']['requestBody']>['content']['application/json'];
export type OfficesCreateResult = operations['offices.create']['responses'][200]['content']['application/json'];

/** `offices.get`: GET /api/v2/offices/{id} */
export type OfficesGetPath = operations['offices.get']['parameters']['path'];
export type OfficesGetResult = operations['offices.get']['responses'][200]['content']['application/json'];

/** `offices.getE911`: GET /api/v2/offices/{id}/e911 */
export type OfficesGetE911Path = operations['offices.getE911']['parameters']['path'];
export type OfficesGetE911Result = operations['offices.getE911']['responses'][200]['content']['application/json'];

/** `offices.getPlan`: GET /api/v2/offices/{office_id}/plan */
export type OfficesGetPlanPath = operations['offices.getPlan']['parameters']['path'];
export type OfficesGetPlanResult = operations['offices.getPlan']['responses'][200]['content']['application/json'];

/** `offices.getPrimary`: GET /api/v2/offices/primary */
export type OfficesGetPrimaryResult = operations['offices.getPrimary']['responses'][200]['content']['application/json'];

/** `offices.list`: GET /api/v2/offices */
export type OfficesListQuery = NonNullable<operations['offices.list']['parameters']['query']>;
export type OfficesListResult = operations['offices.list']['responses'][200]['content']['application/json'];
export type OfficesListItem = NonNullable<OfficesListResult['items']>[number];

/** `offices.listAvailableLicenses`: GET /api/v2/offices/{office_id}/available_licenses */
export type OfficesListAvailableLicensesPath = operations['offices.listAvailableLicenses']['parameters']['path'];
export type OfficesListAvailableLicensesResult =
  operations['offices.listAvailableLicenses']['responses'][200]['content']['application/json'];

/** `offices.listOffDutyStatuses`: GET /api/v2/offices/{id}/offdutystatuses */
export type OfficesListOffDutyStatusesPath = operations['offices.listOffDutyStatuses']['parameters']['path'];
export type OfficesListOffDutyStatusesResult =
  operations['offices.listOffDutyStatuses']['responses'][200]['content']['application/json'];

/** `offices.listOperators`: GET /api/v2/offices/{id}/operators */
export type OfficesListOperatorsPath = operations['offices.listOperators']['parameters']['path'];
export type OfficesListOperatorsResult =
  operations['offices.listOperators']['responses'][200]['content']['application/json'];

/** `offices.removeOperator`: DELETE /api/v2/offices/{id}/operators */
export type OfficesRemoveOperatorPath = operations['offices.removeOperator']['parameters']['path'];
export type OfficesRemoveOperatorBody = NonNullable<
  operations['offices.removeOperator']['requestBody']
>['content']['application/json'];
export type OfficesRemoveOperatorResult =
  operations['offices.removeOperator']['responses'][200]['content']['application/json'];

/** `offices.update`: PATCH /api/v2/offices/{id} */
export type OfficesUpdatePath = operations['offices.update']['parameters']['path'];
export type OfficesUpdateBody = NonNullable<operations['offices.update']['requestBody']>['content']['application/json'];
export type OfficesUpdateResult = operations['offices.update']['responses'][200]['content']['application/json'];

/** `offices.updateE911`: PUT /api/v2/offices/{id}/e911 */
export type OfficesUpdateE911Path = operations['offices.updateE911']['parameters']['path'];
export type OfficesUpdateE911Body = NonNullable<
  operations['offices.updateE911']['requestBody']
>['content']['application/json'];
export type OfficesUpdateE911Result = operations['offices.updateE911']['responses'][200]['content']['application/json'];

/** `recordings.createReviewLink`: POST /api/v2/callreviewsharelink */
export type RecordingsCreateReviewLinkBody = NonNullable<
  operations['recordings.createReviewLink']['requestBody']
>['content']['application/json'];
export type RecordingsCreateReviewLinkResult =
  operations['recordings.createReviewLink']['responses'][200]['content']['application/json'];

/** `recordings.createShareLink`: POST /api/v2/recordingsharelink */
export type RecordingsCreateShareLinkBody = NonNullable<
  operations['recordings.createShareLink']['requestBody']
>['content']['application/json'];
export type RecordingsCreateShareLinkResult =
  operations['recordings.createShareLink']['responses'][200]['content']['application/json'];

/** `recordings.deleteReviewLink`: DELETE /api/v2/callreviewsharelink/{id} */
export type RecordingsDeleteReviewLinkPath = operations['recordings.deleteReviewLink']['parameters']['path'];
export type RecordingsDeleteReviewLinkResult =
  operations['recordings.deleteReviewLink']['responses'][200]['content']['application/json'];

/** `recordings.deleteShareLink`: DELETE /api/v2/recordingsharelink/{id} */
export type RecordingsDeleteShareLinkPath = operations['recordings.deleteShareLink']['parameters']['path'];
export type RecordingsDeleteShareLinkResult =
  operations['recordings.deleteShareLink']['responses'][200]['content']['application/json'];

/** `recordings.getReviewLink`: GET /api/v2/callreviewsharelink/{id} */
export type RecordingsGetReviewLinkPath = operations['recordings.getReviewLink']['parameters']['path'];
export type RecordingsGetReviewLinkResult =
  operations['recordings.getReviewLink']['responses'][200]['content']['application/json'];

/** `recordings.getShareLink`: GET /api/v2/recordingsharelink/{id} */
export type RecordingsGetShareLinkPath = operations['recordings.getShareLink']['parameters']['path'];
export type RecordingsGetShareLinkResult =
  operations['recordings.getShareLink']['responses'][200]['content']['application/json'];

/** `recordings.getTranscript`: GET /api/v2/transcripts/{call_id} */
export type RecordingsGetTranscriptPath = operations['recordings.getTranscript']['parameters']['path'];
export type RecordingsGetTranscriptResult =
  operations['recordings.getTranscript']['responses'][200]['content']['application/json'];

/** `recordings.getTranscriptUrl`: GET /api/v2/transcripts/{call_id}/url */
export type RecordingsGetTranscriptUrlPath = operations['recordings.getTranscriptUrl']['parameters']['path'];
export type RecordingsGetTranscriptUrlResult =
  operations['recordings.getTranscriptUrl']['responses'][200]['content']['application/json'];

/** `recordings.updateReviewLink`: PUT /api/v2/callreviewsharelink/{id} */
export type RecordingsUpdateReviewLinkPath = operations['recordings.updateReviewLink']['parameters']['path'];
export type RecordingsUpdateReviewLinkBody = NonNullable<
  operations['recordings.updateReviewLink']['requestBody']
>['content']['application/json'];
export type RecordingsUpdateReviewLinkResult =
  operations['recordings.updateReviewLink']['responses'][200]['content']['application/json'];

/** `recordings.updateShareLink`: PUT /api/v2/recordingsharelink/{id} */
export type RecordingsUpdateShareLinkPath = operations['recordings.updateShareLink']['parameters']['path'];
export type RecordingsUpdateShareLinkBody = NonNullable<
  operations['recordings.updateShareLink']['requestBody']
>['content']['application/json'];
export type RecordingsUpdateShareLinkResult =
  operations['recordings.updateShareLink']['responses'][200]['content']['application/json'];

/** `reports.create`: POST /api/v2/schedulereports */
export type ReportsCreateBody = NonNullable<operations['reports.create']['requestBody']>['content']['application/json'];
export type ReportsCreateResult = operations['reports.create']['responses'][200]['content']['application/json'];

/** `reports.delete`: DELETE /api/v2/schedulereports/{id} */
export type ReportsDeletePath = operations['reports.delete']['parameters']['path'];
export type ReportsDeleteResult = operations['reports.delete']['responses'][200]['content']['application/json'];

/** `reports.get`: GET /api/v2/schedulereports/{id} */
export type ReportsGetPath = operations['reports.get']['parameters']['path'];
export type ReportsGetResult = operations['reports.get']['responses'][200]['content']['application/json'];

/** `reports.list`: GET /api/v2/schedulereports */
export type ReportsListQuery = NonNullable<operations['reports.list']['parameters']['query']>;
export type ReportsListResult = operations['reports.list']['responses'][200]['content']['application/json'];
export type ReportsListItem = NonNullable<ReportsListResult['items']>[number];

/** `reports.update`: PATCH /api/v2/schedulereports/{id} */
export type ReportsUpdatePath = operations['reports.update']['parameters']['path'];
export type ReportsUpdateBody = NonNullable<operations['reports.update']['requestBody']>['content']['application/json'];
export type ReportsUpdateResult = operations['reports.update']['responses'][200]['content']['application/json'];

/** `rooms.assignInternationalPin`: POST /api/v2/rooms/international_pin */
export type RoomsAssignInternationalPinBody = NonNullable<
  operations['rooms.assignInternationalPin']['requestBody']
>['content']['application/json'];
export type RoomsAssignInternationalPinResult =
  operations['rooms.assignInternationalPin']['responses'][200]['content']['application/json'];

/** `rooms.create`: POST /api/v2/rooms */
export type RoomsCreateBody = NonNullable<operations['rooms.create']['requestBody']>['content']['application/json'];
export type RoomsCreateResult = operations['rooms.create']['responses'][200]['content']['application/json'];

/** `rooms.delete`: DELETE /api/v2/rooms/{id} */
export type RoomsDeletePath = operations['rooms.delete']['parameters']['path'];
export type RoomsDeleteResult = operations['rooms.delete']['responses'][200]['content']['application/json'];

/** `rooms.deleteDeskphone`: DELETE /api/v2/rooms/{parent_id}/deskphones/{id} */
export type RoomsDeleteDeskphonePath = operations['rooms.deleteDeskphone']['parameters']['path'];

/** `rooms.get`: GET /api/v2/rooms/{id} */
export type RoomsGetPath = operations['rooms.get']['parameters']['path'];
export type RoomsGetResult = operations['rooms.get']['responses'][200]['content']['application/json'];

/** `rooms.getDeskphone`: GET /api/v2/rooms/{parent_id}/deskphones/{id} */
export type RoomsGetDeskphonePath = operations['rooms.getDeskphone']['parameters']['path'];
export type RoomsGetDeskphoneResult = operations['rooms.getDeskphone']['responses'][200]['content']['application/json'];

/** `rooms.list`: GET /api/v2/rooms */
export type RoomsListQuery = NonNullable<operations['rooms.list']['parameters']['query']>;
export type RoomsListResult = operations['rooms.list']['responses'][200]['content']['application/json'];
export type RoomsListItem = NonNullable<RoomsListResult['items']>[number];

/** `rooms.listDeskphones`: GET /api/v2/rooms/{parent_id}/deskphones */
export type RoomsListDeskphonesPath = operations['rooms.listDeskphones']['parameters']['path'];
export type RoomsListDeskphonesResult =
  operations['rooms.listDeskphones']['responses'][200]['content']['application/json'];

/** `rooms.update`: PATCH /api/v2/rooms/{id} */
export type RoomsUpdatePath = operations['rooms.update']['parameters']['path'];
export type RoomsUpdateBody = NonNullable<operations['rooms.update']['requestBody']>['content']['application/json'];
export type RoomsUpdateResult = operations['rooms.update']['responses'][200]['content']['application/json'];

/** `scorecards.export`: POST /api/v2/scorecards/export */
export type ScorecardsExportBody = NonNullable<
  operations['scorecards.export']['requestBody']
>['content']['application/json'];
export type ScorecardsExportResult = operations['scorecards.export']['responses'][200]['content']['application/json'];

/** `scorecards.get`: GET /api/v2/scorecards/{id} */
export type ScorecardsGetPath = operations['scorecards.get']['parameters']['path'];
export type ScorecardsGetResult = operations['scorecards.get']['responses'][200]['content']['application/json'];

/** `scorecards.getExport`: GET /api/v2/scorecards/export/{id} */
export type ScorecardsGetExportPath = operations['scorecards.getExport']['parameters']['path'];
export type ScorecardsGetExportResult =
  operations['scorecards.getExport']['responses'][200]['content']['application/json'];

/** `scorecards.list`: GET /api/v2/scorecards */
export type ScorecardsListQuery = NonNullable<operations['scorecards.list']['parameters']['query']>;
export type ScorecardsListResult = operations['scorecards.list']['responses'][200]['content']['application/json'];
export type ScorecardsListItem = NonNullable<ScorecardsListResult['items']>[number];

/** `sms.send`: POST /api/v2/sms */
export type SmsSendBody = NonNullable<operations['sms.send']['requestBody']>['content']['application/json'];
export type SmsSendResult = operations['sms.send']['responses'][200]['content']['application/json'];

/** `stats.create`: POST /api/v2/stats */
export type StatsCreateBody = NonNullable<operations['stats.create']['requestBody']>['content']['application/json'];
export type StatsCreateResult = operations['stats.create']['responses'][200]['content']['application/json'];

/** `stats.digitalSessions`: GET /api/v2/digital/sessionsdata */
export type StatsDigitalSessionsQuery = NonNullable<operations['stats.digitalSessions']['parameters']['query']>;
export type StatsDigitalSessionsResult =
  operations['stats.digitalSessions']['responses'][200]['content']['application/json'];
export type StatsDigitalSessionsItem = NonNullable<StatsDigitalSessionsResult['items']>[number];

/** `stats.get`: GET /api/v2/stats/{id} */
export type StatsGetPath = operations['stats.get']['parameters']['path'];
export type StatsGetResult = operations['stats.get']['responses'][200]['content']['application/json'];

/** `stats.wfmActivity`: GET /api/v2/wfm/metrics/activity */
export type StatsWfmActivityQuery = NonNullable<operations['stats.wfmActivity']['parameters']['query']>;
export type StatsWfmActivityResult = operations['stats.wfmActivity']['responses'][200]['content']['application/json'];
export type StatsWfmActivityItem = NonNullable<StatsWfmActivityResult['items']>[number];

/** `stats.wfmAgents`: GET /api/v2/wfm/metrics/agent */
export type StatsWfmAgentsQuery = NonNullable<operations['stats.wfmAgents']['parameters']['query']>;
export type StatsWfmAgentsResult = operations['stats.wfmAgents']['responses'][200]['content']['application/json'];
export type StatsWfmAgentsItem = NonNullable<StatsWfmAgentsResult['items']>[number];

/** `subscriptions.createAgentStatus`: POST /api/v2/subscriptions/agent_status */
export type SubscriptionsCreateAgentStatusBody = NonNullable<
  operations['subscriptions.createAgentStatus']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateAgentStatusResult =
  operations['subscriptions.createAgentStatus']['responses'][200]['content']['application/json'];

/** `subscriptions.createCall`: POST /api/v2/subscriptions/call */
export type SubscriptionsCreateCallBody = NonNullable<
  operations['subscriptions.createCall']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateCallResult =
  operations['subscriptions.createCall']['responses'][200]['content']['application/json'];

/** `subscriptions.createChangelog`: POST /api/v2/subscriptions/changelog */
export type SubscriptionsCreateChangelogBody = NonNullable<
  operations['subscriptions.createChangelog']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateChangelogResult =
  operations['subscriptions.createChangelog']['responses'][200]['content']['application/json'];

/** `subscriptions.createChannel`: POST /api/v2/subscriptions/channel */
export type SubscriptionsCreateChannelBody = NonNullable<
  operations['subscriptions.createChannel']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateChannelResult =
  operations['subscriptions.createChannel']['responses'][200]['content']['application/json'];

/** `subscriptions.createContact`: POST /api/v2/subscriptions/contact */
export type SubscriptionsCreateContactBody = NonNullable<
  operations['subscriptions.createContact']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateContactResult =
  operations['subscriptions.createContact']['responses'][200]['content']['application/json'];

/** `subscriptions.createFax`: POST /api/v2/subscriptions/fax */
export type SubscriptionsCreateFaxBody = NonNullable<
  operations['subscriptions.createFax']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateFaxResult =
  operations['subscriptions.createFax']['responses'][200]['content']['application/json'];

/** `subscriptions.createSms`: POST /api/v2/subscriptions/sms */
export type SubscriptionsCreateSmsBody = NonNullable<
  operations['subscriptions.createSms']['requestBody']
>['content']['application/json'];
export type SubscriptionsCreateSmsResult =
  operations['subscriptions.createSms']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteAgentStatus`: DELETE /api/v2/subscriptions/agent_status/{id} */
export type SubscriptionsDeleteAgentStatusPath = operations['subscriptions.deleteAgentStatus']['parameters']['path'];
export type SubscriptionsDeleteAgentStatusResult =
  operations['subscriptions.deleteAgentStatus']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteCall`: DELETE /api/v2/subscriptions/call/{id} */
export type SubscriptionsDeleteCallPath = operations['subscriptions.deleteCall']['parameters']['path'];
export type SubscriptionsDeleteCallResult =
  operations['subscriptions.deleteCall']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteChangelog`: DELETE /api/v2/subscriptions/changelog/{id} */
export type SubscriptionsDeleteChangelogPath = operations['subscriptions.deleteChangelog']['parameters']['path'];
export type SubscriptionsDeleteChangelogResult =
  operations['subscriptions.deleteChangelog']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteChannel`: DELETE /api/v2/subscriptions/channel/{id} */
export type SubscriptionsDeleteChannelPath = operations['subscriptions.deleteChannel']['parameters']['path'];
export type SubscriptionsDeleteChannelResult =
  operations['subscriptions.deleteChannel']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteContact`: DELETE /api/v2/subscriptions/contact/{id} */
export type SubscriptionsDeleteContactPath = operations['subscriptions.deleteContact']['parameters']['path'];
export type SubscriptionsDeleteContactResult =
  operations['subscriptions.deleteContact']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteFax`: DELETE /api/v2/subscriptions/fax/{id} */
export type SubscriptionsDeleteFaxPath = operations['subscriptions.deleteFax']['parameters']['path'];
export type SubscriptionsDeleteFaxResult =
  operations['subscriptions.deleteFax']['responses'][200]['content']['application/json'];

/** `subscriptions.deleteSms`: DELETE /api/v2/subscriptions/sms/{id} */
export type SubscriptionsDeleteSmsPath = operations['subscriptions.deleteSms']['parameters']['path'];
export type SubscriptionsDeleteSmsResult =
  operations['subscriptions.deleteSms']['responses'][200]['content']['application/json'];

/** `subscriptions.getAgentStatus`: GET /api/v2/subscriptions/agent_status/{id} */
export type SubscriptionsGetAgentStatusPath = operations['subscriptions.getAgentStatus']['parameters']['path'];
export type SubscriptionsGetAgentStatusResult =
  operations['subscriptions.getAgentStatus']['responses'][200]['content']['application/json'];

/** `subscriptions.getCall`: GET /api/v2/subscriptions/call/{id} */
export type SubscriptionsGetCallPath = operations['subscriptions.getCall']['parameters']['path'];
export type SubscriptionsGetCallResult =
  operations['subscriptions.getCall']['responses'][200]['content']['application/json'];

/** `subscriptions.getChangelog`: GET /api/v2/subscriptions/changelog/{id} */
export type SubscriptionsGetChangelogPath = operations['subscriptions.getChangelog']['parameters']['path'];
export type SubscriptionsGetChangelogResult =
  operations['subscriptions.getChangelog']['responses'][200]['content']['application/json'];

/** `subscriptions.getChannel`: GET /api/v2/subscriptions/channel/{id} */
export type SubscriptionsGetChannelPath = operations['subscriptions.getChannel']['parameters']['path'];
export type SubscriptionsGetChannelResult =
  operations['subscriptions.getChannel']['responses'][200]['content']['application/json'];

/** `subscriptions.getContact`: GET /api/v2/subscriptions/contact/{id} */
export type SubscriptionsGetContactPath = operations['subscriptions.getContact']['parameters']['path'];
export type SubscriptionsGetContactResult =
  operations['subscriptions.getContact']['responses'][200]['content']['application/json'];

/** `subscriptions.getFax`: GET /api/v2/subscriptions/fax/{id} */
export type SubscriptionsGetFaxPath = operations['subscriptions.getFax']['parameters']['path'];
export type SubscriptionsGetFaxResult =
  operations['subscriptions.getFax']['responses'][200]['content']['application/json'];

/** `subscriptions.getSms`: GET /api/v2/subscriptions/sms/{id} */
export type SubscriptionsGetSmsPath = operations['subscriptions.getSms']['parameters']['path'];
export type SubscriptionsGetSmsResult =
  operations['subscriptions.getSms']['responses'][200]['content']['application/json'];

/** `subscriptions.listAgentStatus`: GET /api/v2/subscriptions/agent_status */
export type SubscriptionsListAgentStatusQuery = NonNullable<
  operations['subscriptions.listAgentStatus']['parameters']['query']
>;
export type SubscriptionsListAgentStatusResult =
  operations['subscriptions.listAgentStatus']['responses'][200]['content']['application/json'];
export type SubscriptionsListAgentStatusItem = NonNullable<SubscriptionsListAgentStatusResult['items']>[number];

/** `subscriptions.listCall`: GET /api/v2/subscriptions/call */
export type SubscriptionsListCallQuery = NonNullable<operations['subscriptions.listCall']['parameters']['query']>;
export type SubscriptionsListCallResult =
  operations['subscriptions.listCall']['responses'][200]['content']['application/json'];
export type SubscriptionsListCallItem = NonNullable<SubscriptionsListCallResult['items']>[number];

/** `subscriptions.listChangelog`: GET /api/v2/subscriptions/changelog */
export type SubscriptionsListChangelogQuery = NonNullable<
  operations['subscriptions.listChangelog']['parameters']['query']
>;
export type SubscriptionsListChangelogResult =
  operations['subscriptions.listChangelog']['responses'][200]['content']['application/json'];
export type SubscriptionsListChangelogItem = NonNullable<SubscriptionsListChangelogResult['items']>[number];

/** `subscriptions.listChannel`: GET /api/v2/subscriptions/channel */
export type SubscriptionsListChannelQuery = NonNullable<operations['subscriptions.listChannel']['parameters']['query']>;
export type SubscriptionsListChannelResult =
  operations['subscriptions.listChannel']['responses'][200]['content']['application/json'];
export type SubscriptionsListChannelItem = NonNullable<SubscriptionsListChannelResult['items']>[number];

/** `subscriptions.listContact`: GET /api/v2/subscriptions/contact */
export type SubscriptionsListContactQuery = NonNullable<operations['subscriptions.listContact']['parameters']['query']>;
export type SubscriptionsListContactResult =
  operations['subscriptions.listContact']['responses'][200]['content']['application/json'];
export type SubscriptionsListContactItem = NonNullable<SubscriptionsListContactResult['items']>[number];

/** `subscriptions.listFax`: GET /api/v2/subscriptions/fax */
export type SubscriptionsListFaxQuery = NonNullable<operations['subscriptions.listFax']['parameters']['query']>;
export type SubscriptionsListFaxResult =
  operations['subscriptions.listFax']['responses'][200]['content']['application/json'];
export type SubscriptionsListFaxItem = NonNullable<SubscriptionsListFaxResult['items']>[number];

/** `subscriptions.listSms`: GET /api/v2/subscriptions/sms */
export type SubscriptionsListSmsQuery = NonNullable<operations['subscriptions.listSms']['parameters']['query']>;
export type SubscriptionsListSmsResult =
  operations['subscriptions.listSms']['responses'][200]['content']['application/json'];
export type SubscriptionsListSmsItem = NonNullable<SubscriptionsListSmsResult['items']>[number];

/** `subscriptions.updateAgentStatus`: PATCH /api/v2/subscriptions/agent_status/{id} */
export type SubscriptionsUpdateAgentStatusPath = operations['subscriptions.updateAgentStatus']['parameters']['path'];
export type SubscriptionsUpdateAgentStatusBody = NonNullable<
  operations['subscriptions.updateAgentStatus']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateAgentStatusResult =
  operations['subscriptions.updateAgentStatus']['responses'][200]['content']['application/json'];

/** `subscriptions.updateCall`: PATCH /api/v2/subscriptions/call/{id} */
export type SubscriptionsUpdateCallPath = operations['subscriptions.updateCall']['parameters']['path'];
export type SubscriptionsUpdateCallBody = NonNullable<
  operations['subscriptions.updateCall']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateCallResult =
  operations['subscriptions.updateCall']['responses'][200]['content']['application/json'];

/** `subscriptions.updateChangelog`: PATCH /api/v2/subscriptions/changelog/{id} */
export type SubscriptionsUpdateChangelogPath = operations['subscriptions.updateChangelog']['parameters']['path'];
export type SubscriptionsUpdateChangelogBody = NonNullable<
  operations['subscriptions.updateChangelog']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateChangelogResult =
  operations['subscriptions.updateChangelog']['responses'][200]['content']['application/json'];

/** `subscriptions.updateChannel`: PATCH /api/v2/subscriptions/channel/{id} */
export type SubscriptionsUpdateChannelPath = operations['subscriptions.updateChannel']['parameters']['path'];
export type SubscriptionsUpdateChannelBody = NonNullable<
  operations['subscriptions.updateChannel']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateChannelResult =
  operations['subscriptions.updateChannel']['responses'][200]['content']['application/json'];

/** `subscriptions.updateContact`: PATCH /api/v2/subscriptions/contact/{id} */
export type SubscriptionsUpdateContactPath = operations['subscriptions.updateContact']['parameters']['path'];
export type SubscriptionsUpdateContactBody = NonNullable<
  operations['subscriptions.updateContact']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateContactResult =
  operations['subscriptions.updateContact']['responses'][200]['content']['application/json'];

/** `subscriptions.updateFax`: PATCH /api/v2/subscriptions/fax/{id} */
export type SubscriptionsUpdateFaxPath = operations['subscriptions.updateFax']['parameters']['path'];
export type SubscriptionsUpdateFaxBody = NonNullable<
  operations['subscriptions.updateFax']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateFaxResult =
  operations['subscriptions.updateFax']['responses'][200]['content']['application/json'];

/** `subscriptions.updateSms`: PATCH /api/v2/subscriptions/sms/{id} */
export type SubscriptionsUpdateSmsPath = operations['subscriptions.updateSms']['parameters']['path'];
export type SubscriptionsUpdateSmsBody = NonNullable<
  operations['subscriptions.updateSms']['requestBody']
>['content']['application/json'];
export type SubscriptionsUpdateSmsResult =
  operations['subscriptions.updateSms']['responses'][200]['content']['application/json'];

/** `users.create`: POST /api/v2/users */
export type UsersCreateBody = NonNullable<operations['users.create']['requestBody']>['content']['application/json'];
export type UsersCreateResult = operations['users.create']['responses'][200]['content']['application/json'];

/** `users.delete`: DELETE /api/v2/users/{id} */
export type UsersDeletePath = operations['users.delete']['parameters']['path'];
export type UsersDeleteResult = operations['users.delete']['responses'][200]['content']['application/json'];

/** `users.deleteDeskphone`: DELETE /api/v2/users/{parent_id}/deskphones/{id} */
export type UsersDeleteDeskphonePath = operations['users.deleteDeskphone']['parameters']['path'];

/** `users.get`: GET /api/v2/users/{id} */
export type UsersGetPath = operations['users.get']['parameters']['path'];
export type UsersGetResult = operations['users.get']['responses'][200]['content']['application/json'];

/** `users.getCallerId`: GET /api/v2/users/{id}/caller_id */
export type UsersGetCallerIdPath = operations['users.getCallerId']['parameters']['path'];
export type UsersGetCallerIdResult = operations['users.getCallerId']['responses'][200]['content']['application/json'];

/** `users.getDeskphone`: GET /api/v2/users/{parent_id}/deskphones/{id} */
export type UsersGetDeskphonePath = operations['users.getDeskphone']['parameters']['path'];
export type UsersGetDeskphoneResult = operations['users.getDeskphone']['responses'][200]['content']['application/json'];

/** `users.getDevice`: GET /api/v2/userdevices/{id} */
export type UsersGetDevicePath = operations['users.getDevice']['parameters']['path'];
export type UsersGetDeviceResult = operations['users.getDevice']['responses'][200]['content']['application/json'];

/** `users.getE911`: GET /api/v2/users/{id}/e911 */
export type UsersGetE911Path = operations['users.getE911']['parameters']['path'];
export type UsersGetE911Result = operations['users.getE911']['responses'][200]['content']['application/json'];

/** `users.list`: GET /api/v2/users */
export type UsersListQuery = NonNullable<operations['users.list']['parameters']['query']>;
export type UsersListResult = operations['users.list']['responses'][200]['content']['application/json'];
export type UsersListItem = NonNullable<UsersListResult['items']>[number];

/** `users.listDeskphones`: GET /api/v2/users/{parent_id}/deskphones */
export type UsersListDeskphonesPath = operations['users.listDeskphones']['parameters']['path'];
export type UsersListDeskphonesResult =
  operations['users.listDeskphones']['responses'][200]['content']['application/json'];

/** `users.listDevices`: GET /api/v2/userdevices */
export type UsersListDevicesQuery = NonNullable<operations['users.listDevices']['parameters']['query']>;
export type UsersListDevicesResult = operations['users.listDevices']['responses'][200]['content']['application/json'];
export type UsersListDevicesItem = NonNullable<UsersListDevicesResult['items']>[number];

/** `users.listPersonas`: GET /api/v2/users/{id}/personas */
export type UsersListPersonasPath = operations['users.listPersonas']['parameters']['path'];
export type UsersListPersonasResult = operations['users.listPersonas']['responses'][200]['content']['application/json'];

/** `users.moveOffice`: PATCH /api/v2/users/{id}/move_office */
export type UsersMoveOfficePath = operations['users.moveOffice']['parameters']['path'];
export type UsersMoveOfficeBody = NonNullable<
  operations['users.moveOffice']['requestBody']
>['content']['application/json'];
export type UsersMoveOfficeResult = operations['users.moveOffice']['responses'][200]['content']['application/json'];

/** `users.screenPop`: POST /api/v2/users/{id}/screenpop */
export type UsersScreenPopPath = operations['users.screenPop']['parameters']['path'];
export type UsersScreenPopBody = NonNullable<
  operations['users.screenPop']['requestBody']
>['content']['application/json'];
export type UsersScreenPopResult = operations['users.screenPop']['responses'][200]['content']['application/json'];

/** `users.setCallerId`: POST /api/v2/users/{id}/caller_id */
export type UsersSetCallerIdPath = operations['users.setCallerId']['parameters']['path'];
export type UsersSetCallerIdBody = NonNullable<
  operations['users.setCallerId']['requestBody']
>['content']['application/json'];
export type UsersSetCallerIdResult = operations['users.setCallerId']['responses'][200]['content']['application/json'];

/** `users.toggleDnd`: PATCH /api/v2/users/{id}/togglednd */
export type UsersToggleDndPath = operations['users.toggleDnd']['parameters']['path'];
export type UsersToggleDndBody = NonNullable<
  operations['users.toggleDnd']['requestBody']
>['content']['application/json'];
export type UsersToggleDndResult = operations['users.toggleDnd']['responses'][200]['content']['application/json'];

/** `users.update`: PATCH /api/v2/users/{id} */
export type UsersUpdatePath = operations['users.update']['parameters']['path'];
export type UsersUpdateBody = NonNullable<operations['users.update']['requestBody']>['content']['application/json'];
export type UsersUpdateResult = operations['users.update']['responses'][200]['content']['application/json'];

/** `users.updateE911`: PUT /api/v2/users/{id}/e911 */
export type UsersUpdateE911Path = operations['users.updateE911']['parameters']['path'];
export type UsersUpdateE911Body = NonNullable<
  operations['users.updateE911']['requestBody']
>['content']['application/json'];
export type UsersUpdateE911Result = operations['users.updateE911']['responses'][200]['content']['application/json'];

/** `users.updateStatus`: PATCH /api/v2/users/{id}/status */
export type UsersUpdateStatusPath = operations['users.updateStatus']['parameters']['path'];
export type UsersUpdateStatusBody = NonNullable<
  operations['users.updateStatus']['requestBody']
>['content']['application/json'];
export type UsersUpdateStatusResult = operations['users.updateStatus']['responses'][200]['content']['application/json'];

/** `webhooks.create`: POST /api/v2/webhooks */
export type WebhooksCreateBody = NonNullable<
  operations['webhooks.create']['requestBody']
>['content']['application/json'];
export type WebhooksCreateResult = operations['webhooks.create']['responses'][200]['content']['application/json'];

/** `webhooks.delete`: DELETE /api/v2/webhooks/{id} */
export type WebhooksDeletePath = operations['webhooks.delete']['parameters']['path'];
export type WebhooksDeleteResult = operations['webhooks.delete']['responses'][200]['content']['application/json'];

/** `webhooks.get`: GET /api/v2/webhooks/{id} */
export type WebhooksGetPath = operations['webhooks.get']['parameters']['path'];
export type WebhooksGetResult = operations['webhooks.get']['responses'][200]['content']['application/json'];

/** `webhooks.list`: GET /api/v2/webhooks */
export type WebhooksListQuery = NonNullable<operations['webhooks.list']['parameters']['query']>;
export type WebhooksListResult = operations['webhooks.list']['responses'][200]['content']['application/json'];
export type WebhooksListItem = NonNullable<WebhooksListResult['items']>[number];

/** `webhooks.update`: PATCH /api/v2/webhooks/{id} */
export type WebhooksUpdatePath = operations['webhooks.update']['parameters']['path'];
export type WebhooksUpdateBody = NonNullable<
  operations['webhooks.update']['requestBody']
>['content']['application/json'];
export type WebhooksUpdateResult = operations['webhooks.update']['responses'][200]['content']['application/json'];

/** `websockets.create`: POST /api/v2/websockets */
export type WebsocketsCreateBody = NonNullable<
  operations['websockets.create']['requestBody']
>['content']['application/json'];
export type WebsocketsCreateResult = operations['websockets.create']['responses'][200]['content']['application/json'];

/** `websockets.delete`: DELETE /api/v2/websockets/{id} */
export type WebsocketsDeletePath = operations['websockets.delete']['parameters']['path'];
export type WebsocketsDeleteResult = operations['websockets.delete']['responses'][200]['content']['application/json'];

/** `websockets.get`: GET /api/v2/websockets/{id} */
export type WebsocketsGetPath = operations['websockets.get']['parameters']['path'];
export type WebsocketsGetResult = operations['websockets.get']['responses'][200]['content']['application/json'];

/** `websockets.list`: GET /api/v2/websockets */
export type WebsocketsListQuery = NonNullable<operations['websockets.list']['parameters']['query']>;
export type WebsocketsListResult = operations['websockets.list']['responses'][200]['content']['application/json'];
export type WebsocketsListItem = NonNullable<WebsocketsListResult['items']>[number];

/** `websockets.update`: PATCH /api/v2/websockets/{id} */
export type WebsocketsUpdatePath = operations['websockets.update']['parameters']['path'];
export type WebsocketsUpdateBody = NonNullable<
  operations['websockets.update']['requestBody']
>['content']['application/json'];
export type WebsocketsUpdateResult = operations['websockets.update']['responses'][200]['content']['application/json'];
