import { StatePillCell as StatePillCell_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { WorkflowPanel as WorkflowPanel_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { DateAsRead as DateAsRead_f0e9b1c9601b3605dda67a41e996388e } from '../../../../src/admin/dates/DateAsRead'
import { NoDiff as NoDiff_8bbb16514bb03a3ac951c21e2b85537c } from '@jusur/editorial-workflow/rsc'
import { EmbargoCell as EmbargoCell_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DateCell as DateCell_685eab7b991a5950ef6230b58de94649 } from '../../../../src/admin/dates/DateCell'
import { LinkSuggestions as LinkSuggestions_cc2ddef523bb2d5e70b694ee08e8635c } from '../../../../src/linking/admin/link-suggestions'
import { BulkTransitions as BulkTransitions_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { DraftSaveErrors as DraftSaveErrors_e5c02c24bfc65decbd8930c60ac11b26 } from '../../../../src/admin/draft-errors/DraftSaveErrors'
import { PublishedByWorkflow as PublishedByWorkflow_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { WorkflowStatus as WorkflowStatus_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { VersionsView as VersionsView_8bbb16514bb03a3ac951c21e2b85537c } from '@jusur/editorial-workflow/rsc'
import { ReleaseItemCountCell as ReleaseItemCountCell_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { CodeLabelCell as CodeLabelCell_8bbb16514bb03a3ac951c21e2b85537c } from '@jusur/editorial-workflow/rsc'
import { CodeLabelField as CodeLabelField_8bbb16514bb03a3ac951c21e2b85537c } from '@jusur/editorial-workflow/rsc'
import { ResendButton as ResendButton_4e39550df8eb292e07e714602696f2bd } from '../../../../src/webhooks/admin/resend-button'
import { Icon as Icon_452f04fcd2ed8162ca5fbc6c89f204f1 } from '../../../../src/admin/brand/Icon'
import { Logo as Logo_b231ac8248d52be15270b4d2370a5c12 } from '../../../../src/admin/brand/Logo'
import { NotificationBell as NotificationBell_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { CalendarNavLink as CalendarNavLink_11efef063bab19bc550717f89a0b9ba5 } from '../../../../src/calendar/admin/CalendarNavLink'
import { WorkflowQueue as WorkflowQueue_7873b0ba73fb4e2e256fb95004dc7602 } from '@jusur/editorial-workflow/client'
import { LocaleInURL as LocaleInURL_23be0cca39ffe8246b6dbc64d4e2bb2e } from '../../../../src/admin/locale-in-url/LocaleInURL'
import { UnsavedDrawerGuard as UnsavedDrawerGuard_012d9b74eb5a017a1a36c470536623f2 } from '../../../../src/admin/unsaved-drawers/UnsavedDrawerGuard'
import { LocaleNames as LocaleNames_320eaefca7c4b58735a31d0902b6c0c2 } from '../../../../src/admin/locale-names/LocaleNames'
import { AdminDates as AdminDates_c41fd30063d604e019db03cb7c48ad82 } from '../../../../src/admin/dates/AdminDates'
import { UnkeyedEnglish as UnkeyedEnglish_8349e7e3f5bc6719f3a3b36cdc709083 } from '../../../../src/admin/unkeyed-english/UnkeyedEnglish'
import { PickerAnswers as PickerAnswers_e2f37ecba3e8273cbc2c2830370a5f84 } from '../../../../src/admin/picker-search/PickerAnswers'
import { CalendarView as CalendarView_ed5a7538c1b5d9e38d53af5fc600d8dd } from '../../../../src/calendar/admin/CalendarView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@jusur/editorial-workflow/client#StatePillCell": StatePillCell_7873b0ba73fb4e2e256fb95004dc7602,
  "@jusur/editorial-workflow/client#WorkflowPanel": WorkflowPanel_7873b0ba73fb4e2e256fb95004dc7602,
  "/src/admin/dates/DateAsRead#DateAsRead": DateAsRead_f0e9b1c9601b3605dda67a41e996388e,
  "@jusur/editorial-workflow/rsc#NoDiff": NoDiff_8bbb16514bb03a3ac951c21e2b85537c,
  "@jusur/editorial-workflow/client#EmbargoCell": EmbargoCell_7873b0ba73fb4e2e256fb95004dc7602,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/dates/DateCell#DateCell": DateCell_685eab7b991a5950ef6230b58de94649,
  "/src/linking/admin/link-suggestions#LinkSuggestions": LinkSuggestions_cc2ddef523bb2d5e70b694ee08e8635c,
  "@jusur/editorial-workflow/client#BulkTransitions": BulkTransitions_7873b0ba73fb4e2e256fb95004dc7602,
  "/src/admin/draft-errors/DraftSaveErrors#DraftSaveErrors": DraftSaveErrors_e5c02c24bfc65decbd8930c60ac11b26,
  "@jusur/editorial-workflow/client#PublishedByWorkflow": PublishedByWorkflow_7873b0ba73fb4e2e256fb95004dc7602,
  "@jusur/editorial-workflow/client#WorkflowStatus": WorkflowStatus_7873b0ba73fb4e2e256fb95004dc7602,
  "@jusur/editorial-workflow/rsc#VersionsView": VersionsView_8bbb16514bb03a3ac951c21e2b85537c,
  "@jusur/editorial-workflow/client#ReleaseItemCountCell": ReleaseItemCountCell_7873b0ba73fb4e2e256fb95004dc7602,
  "@jusur/editorial-workflow/rsc#CodeLabelCell": CodeLabelCell_8bbb16514bb03a3ac951c21e2b85537c,
  "@jusur/editorial-workflow/rsc#CodeLabelField": CodeLabelField_8bbb16514bb03a3ac951c21e2b85537c,
  "/src/webhooks/admin/resend-button#ResendButton": ResendButton_4e39550df8eb292e07e714602696f2bd,
  "/src/admin/brand/Icon#Icon": Icon_452f04fcd2ed8162ca5fbc6c89f204f1,
  "/src/admin/brand/Logo#Logo": Logo_b231ac8248d52be15270b4d2370a5c12,
  "@jusur/editorial-workflow/client#NotificationBell": NotificationBell_7873b0ba73fb4e2e256fb95004dc7602,
  "/src/calendar/admin/CalendarNavLink#CalendarNavLink": CalendarNavLink_11efef063bab19bc550717f89a0b9ba5,
  "@jusur/editorial-workflow/client#WorkflowQueue": WorkflowQueue_7873b0ba73fb4e2e256fb95004dc7602,
  "/src/admin/locale-in-url/LocaleInURL#LocaleInURL": LocaleInURL_23be0cca39ffe8246b6dbc64d4e2bb2e,
  "/src/admin/unsaved-drawers/UnsavedDrawerGuard#UnsavedDrawerGuard": UnsavedDrawerGuard_012d9b74eb5a017a1a36c470536623f2,
  "/src/admin/locale-names/LocaleNames#LocaleNames": LocaleNames_320eaefca7c4b58735a31d0902b6c0c2,
  "/src/admin/dates/AdminDates#AdminDates": AdminDates_c41fd30063d604e019db03cb7c48ad82,
  "/src/admin/unkeyed-english/UnkeyedEnglish#UnkeyedEnglish": UnkeyedEnglish_8349e7e3f5bc6719f3a3b36cdc709083,
  "/src/admin/picker-search/PickerAnswers#PickerAnswers": PickerAnswers_e2f37ecba3e8273cbc2c2830370a5f84,
  "/src/calendar/admin/CalendarView#CalendarView": CalendarView_ed5a7538c1b5d9e38d53af5fc600d8dd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
