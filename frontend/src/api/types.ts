import type { components } from './schema';

/** Shorter names for the generated API schemas. Never write these shapes by hand. */
type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type UnitRef = Schemas['UnitRef'];
export type Unit = Schemas['Unit'];
export type UnitPage = Schemas['UnitPage'];
export type UnitCreate = Schemas['UnitCreate'];
export type UnitUpdate = Schemas['UnitUpdate'];
export type UnitGroup = Schemas['UnitGroup'];
export type UnitGroupList = Schemas['UnitGroupList'];
export type UnitGroupCreate = Schemas['UnitGroupCreate'];
export type UnitGroupUpdate = Schemas['UnitGroupUpdate'];
export type UnitGroupDetail = Schemas['UnitGroupDetail'];
export type Reorganization = Schemas['UnitReorganization'];
export type ReorganizationResult = Schemas['UnitReorganizationResult'];
export type TaskSummary = Schemas['TaskSummary'];
export type TaskDetail = Schemas['TaskDetail'];
export type TaskPage = Schemas['TaskPage'];
export type TaskCreate = Schemas['TaskCreate'];
export type TaskUpdate = Schemas['TaskUpdate'];
export type TaskCounts = Schemas['TaskCounts'];
export type TaskTree = Schemas['TaskTree'];
export type TaskNode = Schemas['TaskNode'];
export type AssignmentPlan = Schemas['AssignmentPlan'];
export type AssignmentUpdate = Schemas['AssignmentUpdate'];
export type Assignment = Schemas['Assignment'];
export type Deadline = Schemas['Deadline'];
export type DeadlineKind = Schemas['DeadlineKind'];
export type DeadlinePage = Schemas['DeadlinePage'];
export type DeadlineCounts = Schemas['DeadlineCounts'];
export type ExtensionRequest = Schemas['ExtensionRequest'];
export type ExtensionRequestCreate = Schemas['ExtensionRequestCreate'];
export type ExtensionRequestPage = Schemas['ExtensionRequestPage'];
export type ExtensionDecision = Schemas['ExtensionDecision'];
export type ExtensionDecisionKind = Schemas['ExtensionDecisionKind'];
export type ExtensionStatus = Schemas['ExtensionStatus'];
export type TaskDueDates = Schemas['TaskDueDates'];
export type AssignmentDueDates = Schemas['AssignmentDueDates'];
export type DueDateChange = Schemas['DueDateChange'];
export type DueDateChangeKind = Schemas['DueDateChangeKind'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Directive = Schemas['Directive'];
export type DirectiveList = Schemas['DirectiveList'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Holiday = Schemas['Holiday'];
export type HolidayList = Schemas['HolidayList'];
export type HolidayCreate = Schemas['HolidayCreate'];
export type HolidayUpdate = Schemas['HolidayUpdate'];
export type HolidayKind = Schemas['HolidayKind'];
export type WorkingDayResult = Schemas['WorkingDayResult'];
export type WorkingDayCheck = Schemas['WorkingDayCheck'];
export type HolidayYear = Schemas['HolidayYear'];
export type HolidayYearDay = Schemas['HolidayYearDay'];
export type HolidaySource = Schemas['HolidaySource'];
export type HolidayConfirmationStatus = Schemas['HolidayConfirmationStatus'];
export type Notification = Schemas['Notification'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationPage = Schemas['NotificationPage'];
export type UnreadCount = Schemas['UnreadCount'];
export type ReadAllResult = Schemas['ReadAllResult'];
export type MySettings = Schemas['MySettings'];
export type MySettingsUpdate = Schemas['MySettingsUpdate'];
export type EmailDelivery = Schemas['EmailDelivery'];
export type Remark = Schemas['Remark'];
export type RemarkAnswer = Schemas['RemarkAnswer'];
export type RemarkCreate = Schemas['RemarkCreate'];
export type RemarkAnswerCreate = Schemas['RemarkAnswerCreate'];
export type RemarkUpdate = Schemas['RemarkUpdate'];
export type RemarkUnitCount = Schemas['RemarkUnitCount'];
export type CalendarFeed = Schemas['CalendarFeed'];
export type CalendarFeedCreate = Schemas['CalendarFeedCreate'];
export type CalendarFeedCreated = Schemas['CalendarFeedCreated'];

export type TaskStatus = Schemas['ProgressStatus'];
export type TaskKind = Schemas['TaskKind'];
export type AssignmentRole = Schemas['AssignmentRole'];
export type UnitType = Schemas['UnitType'];
export type Timeliness = Schemas['Timeliness'];
export type Priority = Schemas['Priority'];
export type Recurrence = Schemas['Recurrence'];
export type DirectiveKind = Schemas['DirectiveKind'];
export type ReorganizationAction = Reorganization['action'];

export const TASK_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
  'CLOSED_WITH_TASK',
] as const satisfies readonly TaskStatus[];

export const TASK_KINDS = [
  'DEADLINE',
  'ONGOING',
  'PERIODIC',
] as const satisfies readonly TaskKind[];

/** Most urgent first: the order of filters, counts and legends. */
export const TIMELINESS = [
  'OVERDUE',
  'DUE_SOON',
  'ON_TRACK',
  'NO_DEADLINE',
  'COMPLETED_LATE',
  'COMPLETED_ON_TIME',
  'CLOSED_WITH_TASK',
  'CANCELLED',
] as const satisfies readonly Timeliness[];

export const ASSIGNMENT_ROLES = [
  'LEAD',
  'COORDINATING',
] as const satisfies readonly AssignmentRole[];

export const PRIORITIES = ['HIGH', 'NORMAL', 'LOW'] as const satisfies readonly Priority[];

export const RECURRENCES = [
  'MONTHLY',
  'QUARTERLY',
  'HALF_YEARLY',
  'YEARLY',
] as const satisfies readonly Recurrence[];

export const DIRECTIVE_KINDS = [
  'RESOLUTION',
  'CONCLUSION',
  'ACTION_PROGRAM',
  'PLAN',
  'DECISION',
  'DIRECTIVE',
  'OFFICIAL_LETTER',
  'CONCLUSION_NOTICE',
] as const satisfies readonly DirectiveKind[];

export const UNIT_TYPES = [
  'DEPARTMENT',
  'LOCALITY',
  'MEDIA',
  'FRONT',
  'OTHER',
] as const satisfies readonly UnitType[];

/** Days off first (holiday, compensatory, swapped), then the weekend day worked instead. */
export const NOTIFICATION_KINDS = [
  'DUE_REMINDER',
  'DUE_TODAY',
  'OVERDUE_ESCALATION',
  'OVERDUE_WEEKLY_LIST',
  'DAILY_DIGEST',
  'EXTENSION_REQUESTED',
  'EXTENSION_DECIDED',
  'GENERAL',
  'TASK_ASSIGNED',
  'REPORT_SIGN_OFF_REQUESTED',
  'REPORT_SUBMITTED',
  'REPORT_RETURNED',
  'REPORT_ACCEPTED',
  'URGING_LETTER',
  'SUPERVISION_REMARK',
  'REMARK_ANSWERED',
] as const satisfies readonly NotificationKind[];

export const EMAIL_DELIVERIES = ['IMMEDIATE', 'DIGEST'] as const satisfies readonly EmailDelivery[];

export const HOLIDAY_KINDS = [
  'PUBLIC_HOLIDAY',
  'COMPENSATORY',
  'SWAPPED_DAY_OFF',
  'SWAPPED_WORKING_DAY',
] as const satisfies readonly HolidayKind[];

/** Levels that must approve a task's output (cấp trình). */
export const APPROVAL_LEVELS = ['UBND_TINH', 'HDND_TINH', 'TINH_UY', 'THU_TUONG'] as const;

export type EventType = Schemas['EventType'];
export type DomainEvent = Schemas['Event'];
export type EventPage = Schemas['EventPage'];
export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookSubscriptionCreate = Schemas['WebhookSubscriptionCreate'];
export type WebhookSubscriptionUpdate = Schemas['WebhookSubscriptionUpdate'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetail'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];

/** The events a webhook may subscribe to, in the order the admin page lists them. */
export const EVENT_TYPES = [
  'TASK_CREATED',
  'TASK_ASSIGNED',
  'TASK_REASSIGNED',
  'ASSIGNMENT_CANCELLED',
  'DUE_DATE_CHANGED',
  'EXTENSION_DECIDED',
  'REPORT_SUBMITTED',
  'REPORT_ACCEPTED',
  'REPORT_RETURNED',
  'ASSIGNMENT_COMPLETED',
  'ASSIGNMENT_OVERDUE',
  'ASSIGNMENT_CLOSED_WITH_TASK',
  'ASSIGNMENT_REOPENED',
  'REPORT_SIGN_OFF_REQUESTED',
  'URGING_LETTER_SENT',
  'REMARK_RECORDED',
  'REMARK_ANSWERED',
] as const satisfies readonly EventType[];
