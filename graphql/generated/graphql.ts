/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type ApprovalUpdate_DocumentRelationshipInput = {
  relationTo?: InputMaybe<ApprovalUpdate_DocumentRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type ApprovalUpdate_DocumentRelationshipInputRelationTo =
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities';

export type ApprovalUpdate_Action_MutationInput =
  | 'approve'
  | 'delete'
  | 'edit'
  | 'expire'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'submit'
  | 'system_publish'
  | 'unpublish';

export type ApprovalUpdate_From_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type ApprovalUpdate_To_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_DocumentRelationshipInput = {
  relationTo?: InputMaybe<Approval_DocumentRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type Approval_DocumentRelationshipInputRelationTo =
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities';

export type Approval_Document_RelationTo =
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities';

export type Approval_Action =
  | 'approve'
  | 'delete'
  | 'edit'
  | 'expire'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'submit'
  | 'system_publish'
  | 'unpublish';

export type Approval_Action_Input =
  | 'approve'
  | 'delete'
  | 'edit'
  | 'expire'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'submit'
  | 'system_publish'
  | 'unpublish';

export type Approval_Action_MutationInput =
  | 'approve'
  | 'delete'
  | 'edit'
  | 'expire'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'submit'
  | 'system_publish'
  | 'unpublish';

export type Approval_Action_Operator = {
  all?: InputMaybe<Array<InputMaybe<Approval_Action_Input>>>;
  equals?: InputMaybe<Approval_Action_Input>;
  in?: InputMaybe<Array<InputMaybe<Approval_Action_Input>>>;
  not_equals?: InputMaybe<Approval_Action_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Approval_Action_Input>>>;
};

export type Approval_ByEmail_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
  contains?: InputMaybe<Scalars['EmailAddress']['input']>;
  equals?: InputMaybe<Scalars['EmailAddress']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
  like?: InputMaybe<Scalars['EmailAddress']['input']>;
  not_equals?: InputMaybe<Scalars['EmailAddress']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
};

export type Approval_By_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type Approval_CollectionSlug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Approval_Comment_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
};

export type Approval_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Approval_DocumentId_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Approval_DocumentTitle_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Approval_Document_Relation = {
  relationTo?: InputMaybe<Approval_Document_Relation_RelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type Approval_Document_Relation_RelationTo =
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities';

export type Approval_From =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_From_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_From_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_From_Operator = {
  all?: InputMaybe<Array<InputMaybe<Approval_From_Input>>>;
  equals?: InputMaybe<Approval_From_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Approval_From_Input>>>;
  not_equals?: InputMaybe<Approval_From_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Approval_From_Input>>>;
};

export type Approval_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type Approval_To =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_To_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_To_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Approval_To_Operator = {
  all?: InputMaybe<Array<InputMaybe<Approval_To_Input>>>;
  equals?: InputMaybe<Approval_To_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Approval_To_Input>>>;
  not_equals?: InputMaybe<Approval_To_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Approval_To_Input>>>;
};

export type Approval_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Approval_Version_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Approval_Where = {
  AND?: InputMaybe<Array<InputMaybe<Approval_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Approval_Where_Or>>>;
  action?: InputMaybe<Approval_Action_Operator>;
  by?: InputMaybe<Approval_By_Operator>;
  byEmail?: InputMaybe<Approval_ByEmail_Operator>;
  collectionSlug?: InputMaybe<Approval_CollectionSlug_Operator>;
  comment?: InputMaybe<Approval_Comment_Operator>;
  createdAt?: InputMaybe<Approval_CreatedAt_Operator>;
  document?: InputMaybe<Approval_Document_Relation>;
  documentId?: InputMaybe<Approval_DocumentId_Operator>;
  documentTitle?: InputMaybe<Approval_DocumentTitle_Operator>;
  from?: InputMaybe<Approval_From_Operator>;
  id?: InputMaybe<Approval_Id_Operator>;
  to?: InputMaybe<Approval_To_Operator>;
  updatedAt?: InputMaybe<Approval_UpdatedAt_Operator>;
  version?: InputMaybe<Approval_Version_Operator>;
};

export type Approval_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Approval_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Approval_Where_Or>>>;
  action?: InputMaybe<Approval_Action_Operator>;
  by?: InputMaybe<Approval_By_Operator>;
  byEmail?: InputMaybe<Approval_ByEmail_Operator>;
  collectionSlug?: InputMaybe<Approval_CollectionSlug_Operator>;
  comment?: InputMaybe<Approval_Comment_Operator>;
  createdAt?: InputMaybe<Approval_CreatedAt_Operator>;
  document?: InputMaybe<Approval_Document_Relation>;
  documentId?: InputMaybe<Approval_DocumentId_Operator>;
  documentTitle?: InputMaybe<Approval_DocumentTitle_Operator>;
  from?: InputMaybe<Approval_From_Operator>;
  id?: InputMaybe<Approval_Id_Operator>;
  to?: InputMaybe<Approval_To_Operator>;
  updatedAt?: InputMaybe<Approval_UpdatedAt_Operator>;
  version?: InputMaybe<Approval_Version_Operator>;
};

export type Approval_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Approval_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Approval_Where_Or>>>;
  action?: InputMaybe<Approval_Action_Operator>;
  by?: InputMaybe<Approval_By_Operator>;
  byEmail?: InputMaybe<Approval_ByEmail_Operator>;
  collectionSlug?: InputMaybe<Approval_CollectionSlug_Operator>;
  comment?: InputMaybe<Approval_Comment_Operator>;
  createdAt?: InputMaybe<Approval_CreatedAt_Operator>;
  document?: InputMaybe<Approval_Document_Relation>;
  documentId?: InputMaybe<Approval_DocumentId_Operator>;
  documentTitle?: InputMaybe<Approval_DocumentTitle_Operator>;
  from?: InputMaybe<Approval_From_Operator>;
  id?: InputMaybe<Approval_Id_Operator>;
  to?: InputMaybe<Approval_To_Operator>;
  updatedAt?: InputMaybe<Approval_UpdatedAt_Operator>;
  version?: InputMaybe<Approval_Version_Operator>;
};

export type FaqUpdate__Status_MutationInput =
  | 'draft'
  | 'published';

export type FaqUpdate_Audience_MutationInput =
  | 'authors'
  | 'candidates';

export type FaqUpdate_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type FaqVersion_Version__Status =
  | 'draft'
  | 'published';

export type FaqVersion_Version_Audience =
  | 'authors'
  | 'candidates';

export type FaqVersion_Version_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Faq__Status =
  | 'draft'
  | 'published';

export type Faq__Status_Input =
  | 'draft'
  | 'published';

export type Faq__Status_MutationInput =
  | 'draft'
  | 'published';

export type Faq__Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Faq__Status_Input>>>;
  equals?: InputMaybe<Faq__Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Faq__Status_Input>>>;
  not_equals?: InputMaybe<Faq__Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Faq__Status_Input>>>;
};

export type Faq_AnswerHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Faq_AnswerPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Faq_Answer_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type Faq_ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Faq_Audience =
  | 'authors'
  | 'candidates';

export type Faq_Audience_Input =
  | 'authors'
  | 'candidates';

export type Faq_Audience_MutationInput =
  | 'authors'
  | 'candidates';

export type Faq_Audience_Operator = {
  all?: InputMaybe<Array<InputMaybe<Faq_Audience_Input>>>;
  equals?: InputMaybe<Faq_Audience_Input>;
  in?: InputMaybe<Array<InputMaybe<Faq_Audience_Input>>>;
  not_equals?: InputMaybe<Faq_Audience_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Faq_Audience_Input>>>;
};

export type Faq_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Faq_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type Faq_Question_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Faq_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Faq_Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Faq_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Faq_Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Faq_Stage_Input>>>;
  equals?: InputMaybe<Faq_Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Faq_Stage_Input>>>;
  not_equals?: InputMaybe<Faq_Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Faq_Stage_Input>>>;
};

export type Faq_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Faq_Where = {
  AND?: InputMaybe<Array<InputMaybe<Faq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Faq_Where_Or>>>;
  _status?: InputMaybe<Faq__Status_Operator>;
  answer?: InputMaybe<Faq_Answer_Operator>;
  answerHtml?: InputMaybe<Faq_AnswerHtml_Operator>;
  answerPlain?: InputMaybe<Faq_AnswerPlain_Operator>;
  approvedVersion?: InputMaybe<Faq_ApprovedVersion_Operator>;
  audience?: InputMaybe<Faq_Audience_Operator>;
  createdAt?: InputMaybe<Faq_CreatedAt_Operator>;
  id?: InputMaybe<Faq_Id_Operator>;
  question?: InputMaybe<Faq_Question_Operator>;
  stage?: InputMaybe<Faq_Stage_Operator>;
  updatedAt?: InputMaybe<Faq_UpdatedAt_Operator>;
};

export type Faq_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Faq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Faq_Where_Or>>>;
  _status?: InputMaybe<Faq__Status_Operator>;
  answer?: InputMaybe<Faq_Answer_Operator>;
  answerHtml?: InputMaybe<Faq_AnswerHtml_Operator>;
  answerPlain?: InputMaybe<Faq_AnswerPlain_Operator>;
  approvedVersion?: InputMaybe<Faq_ApprovedVersion_Operator>;
  audience?: InputMaybe<Faq_Audience_Operator>;
  createdAt?: InputMaybe<Faq_CreatedAt_Operator>;
  id?: InputMaybe<Faq_Id_Operator>;
  question?: InputMaybe<Faq_Question_Operator>;
  stage?: InputMaybe<Faq_Stage_Operator>;
  updatedAt?: InputMaybe<Faq_UpdatedAt_Operator>;
};

export type Faq_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Faq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Faq_Where_Or>>>;
  _status?: InputMaybe<Faq__Status_Operator>;
  answer?: InputMaybe<Faq_Answer_Operator>;
  answerHtml?: InputMaybe<Faq_AnswerHtml_Operator>;
  answerPlain?: InputMaybe<Faq_AnswerPlain_Operator>;
  approvedVersion?: InputMaybe<Faq_ApprovedVersion_Operator>;
  audience?: InputMaybe<Faq_Audience_Operator>;
  createdAt?: InputMaybe<Faq_CreatedAt_Operator>;
  id?: InputMaybe<Faq_Id_Operator>;
  question?: InputMaybe<Faq_Question_Operator>;
  stage?: InputMaybe<Faq_Stage_Operator>;
  updatedAt?: InputMaybe<Faq_UpdatedAt_Operator>;
};

export type JobDescriptionUpdate_Placeholders_Kind_MutationInput =
  | 'bracket'
  | 'mustache'
  | 'years';

export type JobDescriptionUpdate_Salary_Interval_MutationInput =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type JobDescriptionUpdate__Status_MutationInput =
  | 'draft'
  | 'published';

export type JobDescriptionUpdate_EmploymentType_MutationInput =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type JobDescriptionUpdate_Kind_MutationInput =
  | 'posting'
  | 'template';

export type JobDescriptionUpdate_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type JobDescriptionUpdate_WorkplaceType_MutationInput =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type JobDescriptionVersion_Version_Placeholders_Kind =
  | 'bracket'
  | 'mustache'
  | 'years';

export type JobDescriptionVersion_Version_Salary_Interval =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type JobDescriptionVersion_Version__Status =
  | 'draft'
  | 'published';

export type JobDescriptionVersion_Version_EmploymentType =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type JobDescriptionVersion_Version_Kind =
  | 'posting'
  | 'template';

export type JobDescriptionVersion_Version_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type JobDescriptionVersion_Version_WorkplaceType =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type JobDescription_Placeholders_Kind =
  | 'bracket'
  | 'mustache'
  | 'years';

export type JobDescription_Placeholders_Kind_MutationInput =
  | 'bracket'
  | 'mustache'
  | 'years';

export type JobDescription_Salary_Interval =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type JobDescription_Salary_Interval_MutationInput =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type JobDescription__Status =
  | 'draft'
  | 'published';

export type JobDescription__Status_Input =
  | 'draft'
  | 'published';

export type JobDescription__Status_MutationInput =
  | 'draft'
  | 'published';

export type JobDescription__Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription__Status_Input>>>;
  equals?: InputMaybe<JobDescription__Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription__Status_Input>>>;
  not_equals?: InputMaybe<JobDescription__Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription__Status_Input>>>;
};

export type JobDescription_ApplyUrl_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ContentCheck__DescriptionWords_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_ContentCheck__MissingForSearch_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ContentCheck__PreferredRequirements_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_ContentCheck__ReadabilityGrade_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_ContentCheck__RequiredRequirements_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_ContentCheck__Warnings_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ContentCheck__Wording__Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ContentCheck__Wording__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ContentCheck__Wording__Term_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JobDescription_DatePosted_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JobDescription_Department_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_DescriptionHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_DescriptionPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_DirectApply_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type JobDescription_EmploymentType =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type JobDescription_EmploymentType_Input =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type JobDescription_EmploymentType_MutationInput =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type JobDescription_EmploymentType_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_EmploymentType_Input>>>;
  equals?: InputMaybe<JobDescription_EmploymentType_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_EmploymentType_Input>>>;
  not_equals?: InputMaybe<JobDescription_EmploymentType_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_EmploymentType_Input>>>;
};

export type JobDescription_Faqs_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type JobDescription_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type JobDescription_JobPostingJsonLd_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type JobDescription_Kind =
  | 'posting'
  | 'template';

export type JobDescription_Kind_Input =
  | 'posting'
  | 'template';

export type JobDescription_Kind_MutationInput =
  | 'posting'
  | 'template';

export type JobDescription_Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_Kind_Input>>>;
  equals?: InputMaybe<JobDescription_Kind_Input>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_Kind_Input>>>;
  not_equals?: InputMaybe<JobDescription_Kind_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_Kind_Input>>>;
};

export type JobDescription_Locations__City_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__Country_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__Label_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__PostalCode_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__Region_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Locations__StreetAddress_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_NotesForAuthorsHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_NotesForAuthorsPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_NotesForAuthors_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type JobDescription_OverviewHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_OverviewPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Overview_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type JobDescription_Placeholders__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Placeholders__Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Placeholders__Kind_Input =
  | 'bracket'
  | 'mustache'
  | 'years';

export type JobDescription_Placeholders__Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_Placeholders__Kind_Input>>>;
  equals?: InputMaybe<JobDescription_Placeholders__Kind_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_Placeholders__Kind_Input>>>;
  not_equals?: InputMaybe<JobDescription_Placeholders__Kind_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_Placeholders__Kind_Input>>>;
};

export type JobDescription_Placeholders__Token_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Placeholders__Where_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_ReportsTo_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Requirements_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type JobDescription_Responsibilities_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type JobDescription_Salary__Currency_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Salary__Interval_Input =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type JobDescription_Salary__Interval_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_Salary__Interval_Input>>>;
  equals?: InputMaybe<JobDescription_Salary__Interval_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_Salary__Interval_Input>>>;
  not_equals?: InputMaybe<JobDescription_Salary__Interval_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_Salary__Interval_Input>>>;
};

export type JobDescription_Salary__Max_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_Salary__Min_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type JobDescription_Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type JobDescription_Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type JobDescription_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type JobDescription_Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_Stage_Input>>>;
  equals?: InputMaybe<JobDescription_Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_Stage_Input>>>;
  not_equals?: InputMaybe<JobDescription_Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_Stage_Input>>>;
};

export type JobDescription_SummaryHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_SummaryPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_Summary_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type JobDescription_Template_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type JobDescription_Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type JobDescription_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JobDescription_ValidThrough_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type JobDescription_Where = {
  AND?: InputMaybe<Array<InputMaybe<JobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<JobDescription_Where_Or>>>;
  _status?: InputMaybe<JobDescription__Status_Operator>;
  applyUrl?: InputMaybe<JobDescription_ApplyUrl_Operator>;
  approvedVersion?: InputMaybe<JobDescription_ApprovedVersion_Operator>;
  contentCheck__descriptionWords?: InputMaybe<JobDescription_ContentCheck__DescriptionWords_Operator>;
  contentCheck__missingForSearch?: InputMaybe<JobDescription_ContentCheck__MissingForSearch_Operator>;
  contentCheck__preferredRequirements?: InputMaybe<JobDescription_ContentCheck__PreferredRequirements_Operator>;
  contentCheck__readabilityGrade?: InputMaybe<JobDescription_ContentCheck__ReadabilityGrade_Operator>;
  contentCheck__requiredRequirements?: InputMaybe<JobDescription_ContentCheck__RequiredRequirements_Operator>;
  contentCheck__warnings?: InputMaybe<JobDescription_ContentCheck__Warnings_Operator>;
  contentCheck__wording__category?: InputMaybe<JobDescription_ContentCheck__Wording__Category_Operator>;
  contentCheck__wording__id?: InputMaybe<JobDescription_ContentCheck__Wording__Id_Operator>;
  contentCheck__wording__term?: InputMaybe<JobDescription_ContentCheck__Wording__Term_Operator>;
  createdAt?: InputMaybe<JobDescription_CreatedAt_Operator>;
  datePosted?: InputMaybe<JobDescription_DatePosted_Operator>;
  department?: InputMaybe<JobDescription_Department_Operator>;
  descriptionHtml?: InputMaybe<JobDescription_DescriptionHtml_Operator>;
  descriptionPlain?: InputMaybe<JobDescription_DescriptionPlain_Operator>;
  directApply?: InputMaybe<JobDescription_DirectApply_Operator>;
  employmentType?: InputMaybe<JobDescription_EmploymentType_Operator>;
  faqs?: InputMaybe<JobDescription_Faqs_Operator>;
  id?: InputMaybe<JobDescription_Id_Operator>;
  jobPostingJsonLd?: InputMaybe<JobDescription_JobPostingJsonLd_Operator>;
  kind?: InputMaybe<JobDescription_Kind_Operator>;
  locations__city?: InputMaybe<JobDescription_Locations__City_Operator>;
  locations__country?: InputMaybe<JobDescription_Locations__Country_Operator>;
  locations__id?: InputMaybe<JobDescription_Locations__Id_Operator>;
  locations__label?: InputMaybe<JobDescription_Locations__Label_Operator>;
  locations__postalCode?: InputMaybe<JobDescription_Locations__PostalCode_Operator>;
  locations__region?: InputMaybe<JobDescription_Locations__Region_Operator>;
  locations__streetAddress?: InputMaybe<JobDescription_Locations__StreetAddress_Operator>;
  notesForAuthors?: InputMaybe<JobDescription_NotesForAuthors_Operator>;
  notesForAuthorsHtml?: InputMaybe<JobDescription_NotesForAuthorsHtml_Operator>;
  notesForAuthorsPlain?: InputMaybe<JobDescription_NotesForAuthorsPlain_Operator>;
  overview?: InputMaybe<JobDescription_Overview_Operator>;
  overviewHtml?: InputMaybe<JobDescription_OverviewHtml_Operator>;
  overviewPlain?: InputMaybe<JobDescription_OverviewPlain_Operator>;
  placeholders__id?: InputMaybe<JobDescription_Placeholders__Id_Operator>;
  placeholders__key?: InputMaybe<JobDescription_Placeholders__Key_Operator>;
  placeholders__kind?: InputMaybe<JobDescription_Placeholders__Kind_Operator>;
  placeholders__token?: InputMaybe<JobDescription_Placeholders__Token_Operator>;
  placeholders__where?: InputMaybe<JobDescription_Placeholders__Where_Operator>;
  reportsTo?: InputMaybe<JobDescription_ReportsTo_Operator>;
  requirements?: InputMaybe<JobDescription_Requirements_Operator>;
  responsibilities?: InputMaybe<JobDescription_Responsibilities_Operator>;
  salary__currency?: InputMaybe<JobDescription_Salary__Currency_Operator>;
  salary__interval?: InputMaybe<JobDescription_Salary__Interval_Operator>;
  salary__max?: InputMaybe<JobDescription_Salary__Max_Operator>;
  salary__min?: InputMaybe<JobDescription_Salary__Min_Operator>;
  slug?: InputMaybe<JobDescription_Slug_Operator>;
  stage?: InputMaybe<JobDescription_Stage_Operator>;
  summary?: InputMaybe<JobDescription_Summary_Operator>;
  summaryHtml?: InputMaybe<JobDescription_SummaryHtml_Operator>;
  summaryPlain?: InputMaybe<JobDescription_SummaryPlain_Operator>;
  template?: InputMaybe<JobDescription_Template_Operator>;
  title?: InputMaybe<JobDescription_Title_Operator>;
  updatedAt?: InputMaybe<JobDescription_UpdatedAt_Operator>;
  validThrough?: InputMaybe<JobDescription_ValidThrough_Operator>;
  workplaceType?: InputMaybe<JobDescription_WorkplaceType_Operator>;
};

export type JobDescription_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<JobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<JobDescription_Where_Or>>>;
  _status?: InputMaybe<JobDescription__Status_Operator>;
  applyUrl?: InputMaybe<JobDescription_ApplyUrl_Operator>;
  approvedVersion?: InputMaybe<JobDescription_ApprovedVersion_Operator>;
  contentCheck__descriptionWords?: InputMaybe<JobDescription_ContentCheck__DescriptionWords_Operator>;
  contentCheck__missingForSearch?: InputMaybe<JobDescription_ContentCheck__MissingForSearch_Operator>;
  contentCheck__preferredRequirements?: InputMaybe<JobDescription_ContentCheck__PreferredRequirements_Operator>;
  contentCheck__readabilityGrade?: InputMaybe<JobDescription_ContentCheck__ReadabilityGrade_Operator>;
  contentCheck__requiredRequirements?: InputMaybe<JobDescription_ContentCheck__RequiredRequirements_Operator>;
  contentCheck__warnings?: InputMaybe<JobDescription_ContentCheck__Warnings_Operator>;
  contentCheck__wording__category?: InputMaybe<JobDescription_ContentCheck__Wording__Category_Operator>;
  contentCheck__wording__id?: InputMaybe<JobDescription_ContentCheck__Wording__Id_Operator>;
  contentCheck__wording__term?: InputMaybe<JobDescription_ContentCheck__Wording__Term_Operator>;
  createdAt?: InputMaybe<JobDescription_CreatedAt_Operator>;
  datePosted?: InputMaybe<JobDescription_DatePosted_Operator>;
  department?: InputMaybe<JobDescription_Department_Operator>;
  descriptionHtml?: InputMaybe<JobDescription_DescriptionHtml_Operator>;
  descriptionPlain?: InputMaybe<JobDescription_DescriptionPlain_Operator>;
  directApply?: InputMaybe<JobDescription_DirectApply_Operator>;
  employmentType?: InputMaybe<JobDescription_EmploymentType_Operator>;
  faqs?: InputMaybe<JobDescription_Faqs_Operator>;
  id?: InputMaybe<JobDescription_Id_Operator>;
  jobPostingJsonLd?: InputMaybe<JobDescription_JobPostingJsonLd_Operator>;
  kind?: InputMaybe<JobDescription_Kind_Operator>;
  locations__city?: InputMaybe<JobDescription_Locations__City_Operator>;
  locations__country?: InputMaybe<JobDescription_Locations__Country_Operator>;
  locations__id?: InputMaybe<JobDescription_Locations__Id_Operator>;
  locations__label?: InputMaybe<JobDescription_Locations__Label_Operator>;
  locations__postalCode?: InputMaybe<JobDescription_Locations__PostalCode_Operator>;
  locations__region?: InputMaybe<JobDescription_Locations__Region_Operator>;
  locations__streetAddress?: InputMaybe<JobDescription_Locations__StreetAddress_Operator>;
  notesForAuthors?: InputMaybe<JobDescription_NotesForAuthors_Operator>;
  notesForAuthorsHtml?: InputMaybe<JobDescription_NotesForAuthorsHtml_Operator>;
  notesForAuthorsPlain?: InputMaybe<JobDescription_NotesForAuthorsPlain_Operator>;
  overview?: InputMaybe<JobDescription_Overview_Operator>;
  overviewHtml?: InputMaybe<JobDescription_OverviewHtml_Operator>;
  overviewPlain?: InputMaybe<JobDescription_OverviewPlain_Operator>;
  placeholders__id?: InputMaybe<JobDescription_Placeholders__Id_Operator>;
  placeholders__key?: InputMaybe<JobDescription_Placeholders__Key_Operator>;
  placeholders__kind?: InputMaybe<JobDescription_Placeholders__Kind_Operator>;
  placeholders__token?: InputMaybe<JobDescription_Placeholders__Token_Operator>;
  placeholders__where?: InputMaybe<JobDescription_Placeholders__Where_Operator>;
  reportsTo?: InputMaybe<JobDescription_ReportsTo_Operator>;
  requirements?: InputMaybe<JobDescription_Requirements_Operator>;
  responsibilities?: InputMaybe<JobDescription_Responsibilities_Operator>;
  salary__currency?: InputMaybe<JobDescription_Salary__Currency_Operator>;
  salary__interval?: InputMaybe<JobDescription_Salary__Interval_Operator>;
  salary__max?: InputMaybe<JobDescription_Salary__Max_Operator>;
  salary__min?: InputMaybe<JobDescription_Salary__Min_Operator>;
  slug?: InputMaybe<JobDescription_Slug_Operator>;
  stage?: InputMaybe<JobDescription_Stage_Operator>;
  summary?: InputMaybe<JobDescription_Summary_Operator>;
  summaryHtml?: InputMaybe<JobDescription_SummaryHtml_Operator>;
  summaryPlain?: InputMaybe<JobDescription_SummaryPlain_Operator>;
  template?: InputMaybe<JobDescription_Template_Operator>;
  title?: InputMaybe<JobDescription_Title_Operator>;
  updatedAt?: InputMaybe<JobDescription_UpdatedAt_Operator>;
  validThrough?: InputMaybe<JobDescription_ValidThrough_Operator>;
  workplaceType?: InputMaybe<JobDescription_WorkplaceType_Operator>;
};

export type JobDescription_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<JobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<JobDescription_Where_Or>>>;
  _status?: InputMaybe<JobDescription__Status_Operator>;
  applyUrl?: InputMaybe<JobDescription_ApplyUrl_Operator>;
  approvedVersion?: InputMaybe<JobDescription_ApprovedVersion_Operator>;
  contentCheck__descriptionWords?: InputMaybe<JobDescription_ContentCheck__DescriptionWords_Operator>;
  contentCheck__missingForSearch?: InputMaybe<JobDescription_ContentCheck__MissingForSearch_Operator>;
  contentCheck__preferredRequirements?: InputMaybe<JobDescription_ContentCheck__PreferredRequirements_Operator>;
  contentCheck__readabilityGrade?: InputMaybe<JobDescription_ContentCheck__ReadabilityGrade_Operator>;
  contentCheck__requiredRequirements?: InputMaybe<JobDescription_ContentCheck__RequiredRequirements_Operator>;
  contentCheck__warnings?: InputMaybe<JobDescription_ContentCheck__Warnings_Operator>;
  contentCheck__wording__category?: InputMaybe<JobDescription_ContentCheck__Wording__Category_Operator>;
  contentCheck__wording__id?: InputMaybe<JobDescription_ContentCheck__Wording__Id_Operator>;
  contentCheck__wording__term?: InputMaybe<JobDescription_ContentCheck__Wording__Term_Operator>;
  createdAt?: InputMaybe<JobDescription_CreatedAt_Operator>;
  datePosted?: InputMaybe<JobDescription_DatePosted_Operator>;
  department?: InputMaybe<JobDescription_Department_Operator>;
  descriptionHtml?: InputMaybe<JobDescription_DescriptionHtml_Operator>;
  descriptionPlain?: InputMaybe<JobDescription_DescriptionPlain_Operator>;
  directApply?: InputMaybe<JobDescription_DirectApply_Operator>;
  employmentType?: InputMaybe<JobDescription_EmploymentType_Operator>;
  faqs?: InputMaybe<JobDescription_Faqs_Operator>;
  id?: InputMaybe<JobDescription_Id_Operator>;
  jobPostingJsonLd?: InputMaybe<JobDescription_JobPostingJsonLd_Operator>;
  kind?: InputMaybe<JobDescription_Kind_Operator>;
  locations__city?: InputMaybe<JobDescription_Locations__City_Operator>;
  locations__country?: InputMaybe<JobDescription_Locations__Country_Operator>;
  locations__id?: InputMaybe<JobDescription_Locations__Id_Operator>;
  locations__label?: InputMaybe<JobDescription_Locations__Label_Operator>;
  locations__postalCode?: InputMaybe<JobDescription_Locations__PostalCode_Operator>;
  locations__region?: InputMaybe<JobDescription_Locations__Region_Operator>;
  locations__streetAddress?: InputMaybe<JobDescription_Locations__StreetAddress_Operator>;
  notesForAuthors?: InputMaybe<JobDescription_NotesForAuthors_Operator>;
  notesForAuthorsHtml?: InputMaybe<JobDescription_NotesForAuthorsHtml_Operator>;
  notesForAuthorsPlain?: InputMaybe<JobDescription_NotesForAuthorsPlain_Operator>;
  overview?: InputMaybe<JobDescription_Overview_Operator>;
  overviewHtml?: InputMaybe<JobDescription_OverviewHtml_Operator>;
  overviewPlain?: InputMaybe<JobDescription_OverviewPlain_Operator>;
  placeholders__id?: InputMaybe<JobDescription_Placeholders__Id_Operator>;
  placeholders__key?: InputMaybe<JobDescription_Placeholders__Key_Operator>;
  placeholders__kind?: InputMaybe<JobDescription_Placeholders__Kind_Operator>;
  placeholders__token?: InputMaybe<JobDescription_Placeholders__Token_Operator>;
  placeholders__where?: InputMaybe<JobDescription_Placeholders__Where_Operator>;
  reportsTo?: InputMaybe<JobDescription_ReportsTo_Operator>;
  requirements?: InputMaybe<JobDescription_Requirements_Operator>;
  responsibilities?: InputMaybe<JobDescription_Responsibilities_Operator>;
  salary__currency?: InputMaybe<JobDescription_Salary__Currency_Operator>;
  salary__interval?: InputMaybe<JobDescription_Salary__Interval_Operator>;
  salary__max?: InputMaybe<JobDescription_Salary__Max_Operator>;
  salary__min?: InputMaybe<JobDescription_Salary__Min_Operator>;
  slug?: InputMaybe<JobDescription_Slug_Operator>;
  stage?: InputMaybe<JobDescription_Stage_Operator>;
  summary?: InputMaybe<JobDescription_Summary_Operator>;
  summaryHtml?: InputMaybe<JobDescription_SummaryHtml_Operator>;
  summaryPlain?: InputMaybe<JobDescription_SummaryPlain_Operator>;
  template?: InputMaybe<JobDescription_Template_Operator>;
  title?: InputMaybe<JobDescription_Title_Operator>;
  updatedAt?: InputMaybe<JobDescription_UpdatedAt_Operator>;
  validThrough?: InputMaybe<JobDescription_ValidThrough_Operator>;
  workplaceType?: InputMaybe<JobDescription_WorkplaceType_Operator>;
};

export type JobDescription_WorkplaceType =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type JobDescription_WorkplaceType_Input =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type JobDescription_WorkplaceType_MutationInput =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type JobDescription_WorkplaceType_Operator = {
  all?: InputMaybe<Array<InputMaybe<JobDescription_WorkplaceType_Input>>>;
  equals?: InputMaybe<JobDescription_WorkplaceType_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<JobDescription_WorkplaceType_Input>>>;
  not_equals?: InputMaybe<JobDescription_WorkplaceType_Input>;
  not_in?: InputMaybe<Array<InputMaybe<JobDescription_WorkplaceType_Input>>>;
};

export type PayloadJobUpdate_Log_TaskSlug_MutationInput =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJobUpdate_TaskSlug_MutationInput =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_Log_State =
  | 'failed'
  | 'succeeded';

export type PayloadJob_Log_TaskSlug =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_Log_TaskSlug_MutationInput =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_CompletedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_Error_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_HasError_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PayloadJob_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type PayloadJob_Input_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_Log__CompletedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_Log__Error_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_Log__ExecutedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_Log__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadJob_Log__Input_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_Log__Output_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_Log__State_Input =
  | 'failed'
  | 'succeeded';

export type PayloadJob_Log__State_Operator = {
  contains?: InputMaybe<PayloadJob_Log__State_Input>;
  equals?: InputMaybe<PayloadJob_Log__State_Input>;
  like?: InputMaybe<PayloadJob_Log__State_Input>;
  not_equals?: InputMaybe<PayloadJob_Log__State_Input>;
};

export type PayloadJob_Log__TaskId_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadJob_Log__TaskSlug_Input =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_Log__TaskSlug_Operator = {
  all?: InputMaybe<Array<InputMaybe<PayloadJob_Log__TaskSlug_Input>>>;
  equals?: InputMaybe<PayloadJob_Log__TaskSlug_Input>;
  in?: InputMaybe<Array<InputMaybe<PayloadJob_Log__TaskSlug_Input>>>;
  not_equals?: InputMaybe<PayloadJob_Log__TaskSlug_Input>;
  not_in?: InputMaybe<Array<InputMaybe<PayloadJob_Log__TaskSlug_Input>>>;
};

export type PayloadJob_Meta_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_Processing_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PayloadJob_Queue_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadJob_TaskSlug =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_TaskSlug_Input =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_TaskSlug_MutationInput =
  | 'expireJobPostings'
  | 'inline'
  | 'schedulePublish';

export type PayloadJob_TaskSlug_Operator = {
  all?: InputMaybe<Array<InputMaybe<PayloadJob_TaskSlug_Input>>>;
  equals?: InputMaybe<PayloadJob_TaskSlug_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<PayloadJob_TaskSlug_Input>>>;
  not_equals?: InputMaybe<PayloadJob_TaskSlug_Input>;
  not_in?: InputMaybe<Array<InputMaybe<PayloadJob_TaskSlug_Input>>>;
};

export type PayloadJob_TaskStatus_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadJob_TotalTried_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type PayloadJob_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_WaitUntil_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadJob_Where = {
  AND?: InputMaybe<Array<InputMaybe<PayloadJob_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadJob_Where_Or>>>;
  completedAt?: InputMaybe<PayloadJob_CompletedAt_Operator>;
  createdAt?: InputMaybe<PayloadJob_CreatedAt_Operator>;
  error?: InputMaybe<PayloadJob_Error_Operator>;
  hasError?: InputMaybe<PayloadJob_HasError_Operator>;
  id?: InputMaybe<PayloadJob_Id_Operator>;
  input?: InputMaybe<PayloadJob_Input_Operator>;
  log__completedAt?: InputMaybe<PayloadJob_Log__CompletedAt_Operator>;
  log__error?: InputMaybe<PayloadJob_Log__Error_Operator>;
  log__executedAt?: InputMaybe<PayloadJob_Log__ExecutedAt_Operator>;
  log__id?: InputMaybe<PayloadJob_Log__Id_Operator>;
  log__input?: InputMaybe<PayloadJob_Log__Input_Operator>;
  log__output?: InputMaybe<PayloadJob_Log__Output_Operator>;
  log__state?: InputMaybe<PayloadJob_Log__State_Operator>;
  log__taskID?: InputMaybe<PayloadJob_Log__TaskId_Operator>;
  log__taskSlug?: InputMaybe<PayloadJob_Log__TaskSlug_Operator>;
  meta?: InputMaybe<PayloadJob_Meta_Operator>;
  processing?: InputMaybe<PayloadJob_Processing_Operator>;
  queue?: InputMaybe<PayloadJob_Queue_Operator>;
  taskSlug?: InputMaybe<PayloadJob_TaskSlug_Operator>;
  taskStatus?: InputMaybe<PayloadJob_TaskStatus_Operator>;
  totalTried?: InputMaybe<PayloadJob_TotalTried_Operator>;
  updatedAt?: InputMaybe<PayloadJob_UpdatedAt_Operator>;
  waitUntil?: InputMaybe<PayloadJob_WaitUntil_Operator>;
};

export type PayloadJob_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<PayloadJob_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadJob_Where_Or>>>;
  completedAt?: InputMaybe<PayloadJob_CompletedAt_Operator>;
  createdAt?: InputMaybe<PayloadJob_CreatedAt_Operator>;
  error?: InputMaybe<PayloadJob_Error_Operator>;
  hasError?: InputMaybe<PayloadJob_HasError_Operator>;
  id?: InputMaybe<PayloadJob_Id_Operator>;
  input?: InputMaybe<PayloadJob_Input_Operator>;
  log__completedAt?: InputMaybe<PayloadJob_Log__CompletedAt_Operator>;
  log__error?: InputMaybe<PayloadJob_Log__Error_Operator>;
  log__executedAt?: InputMaybe<PayloadJob_Log__ExecutedAt_Operator>;
  log__id?: InputMaybe<PayloadJob_Log__Id_Operator>;
  log__input?: InputMaybe<PayloadJob_Log__Input_Operator>;
  log__output?: InputMaybe<PayloadJob_Log__Output_Operator>;
  log__state?: InputMaybe<PayloadJob_Log__State_Operator>;
  log__taskID?: InputMaybe<PayloadJob_Log__TaskId_Operator>;
  log__taskSlug?: InputMaybe<PayloadJob_Log__TaskSlug_Operator>;
  meta?: InputMaybe<PayloadJob_Meta_Operator>;
  processing?: InputMaybe<PayloadJob_Processing_Operator>;
  queue?: InputMaybe<PayloadJob_Queue_Operator>;
  taskSlug?: InputMaybe<PayloadJob_TaskSlug_Operator>;
  taskStatus?: InputMaybe<PayloadJob_TaskStatus_Operator>;
  totalTried?: InputMaybe<PayloadJob_TotalTried_Operator>;
  updatedAt?: InputMaybe<PayloadJob_UpdatedAt_Operator>;
  waitUntil?: InputMaybe<PayloadJob_WaitUntil_Operator>;
};

export type PayloadJob_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<PayloadJob_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadJob_Where_Or>>>;
  completedAt?: InputMaybe<PayloadJob_CompletedAt_Operator>;
  createdAt?: InputMaybe<PayloadJob_CreatedAt_Operator>;
  error?: InputMaybe<PayloadJob_Error_Operator>;
  hasError?: InputMaybe<PayloadJob_HasError_Operator>;
  id?: InputMaybe<PayloadJob_Id_Operator>;
  input?: InputMaybe<PayloadJob_Input_Operator>;
  log__completedAt?: InputMaybe<PayloadJob_Log__CompletedAt_Operator>;
  log__error?: InputMaybe<PayloadJob_Log__Error_Operator>;
  log__executedAt?: InputMaybe<PayloadJob_Log__ExecutedAt_Operator>;
  log__id?: InputMaybe<PayloadJob_Log__Id_Operator>;
  log__input?: InputMaybe<PayloadJob_Log__Input_Operator>;
  log__output?: InputMaybe<PayloadJob_Log__Output_Operator>;
  log__state?: InputMaybe<PayloadJob_Log__State_Operator>;
  log__taskID?: InputMaybe<PayloadJob_Log__TaskId_Operator>;
  log__taskSlug?: InputMaybe<PayloadJob_Log__TaskSlug_Operator>;
  meta?: InputMaybe<PayloadJob_Meta_Operator>;
  processing?: InputMaybe<PayloadJob_Processing_Operator>;
  queue?: InputMaybe<PayloadJob_Queue_Operator>;
  taskSlug?: InputMaybe<PayloadJob_TaskSlug_Operator>;
  taskStatus?: InputMaybe<PayloadJob_TaskStatus_Operator>;
  totalTried?: InputMaybe<PayloadJob_TotalTried_Operator>;
  updatedAt?: InputMaybe<PayloadJob_UpdatedAt_Operator>;
  waitUntil?: InputMaybe<PayloadJob_WaitUntil_Operator>;
};

export type PayloadKv_Data_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadKv_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type PayloadKv_Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadKv_Where = {
  AND?: InputMaybe<Array<InputMaybe<PayloadKv_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadKv_Where_Or>>>;
  data?: InputMaybe<PayloadKv_Data_Operator>;
  id?: InputMaybe<PayloadKv_Id_Operator>;
  key?: InputMaybe<PayloadKv_Key_Operator>;
};

export type PayloadKv_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<PayloadKv_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadKv_Where_Or>>>;
  data?: InputMaybe<PayloadKv_Data_Operator>;
  id?: InputMaybe<PayloadKv_Id_Operator>;
  key?: InputMaybe<PayloadKv_Key_Operator>;
};

export type PayloadKv_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<PayloadKv_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadKv_Where_Or>>>;
  data?: InputMaybe<PayloadKv_Data_Operator>;
  id?: InputMaybe<PayloadKv_Id_Operator>;
  key?: InputMaybe<PayloadKv_Key_Operator>;
};

export type PayloadLockedDocumentUpdate_DocumentRelationshipInput = {
  relationTo?: InputMaybe<PayloadLockedDocumentUpdate_DocumentRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocumentUpdate_DocumentRelationshipInputRelationTo =
  | 'approvals'
  | 'careers_faqs'
  | 'careers_postings'
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities'
  | 'users';

export type PayloadLockedDocumentUpdate_UserRelationshipInput = {
  relationTo?: InputMaybe<PayloadLockedDocumentUpdate_UserRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocumentUpdate_UserRelationshipInputRelationTo =
  | 'users';

export type PayloadLockedDocument_DocumentRelationshipInput = {
  relationTo?: InputMaybe<PayloadLockedDocument_DocumentRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocument_DocumentRelationshipInputRelationTo =
  | 'approvals'
  | 'careers_faqs'
  | 'careers_postings'
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities'
  | 'users';

export type PayloadLockedDocument_Document_RelationTo =
  | 'approvals'
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities'
  | 'users';

export type PayloadLockedDocument_UserRelationshipInput = {
  relationTo?: InputMaybe<PayloadLockedDocument_UserRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocument_UserRelationshipInputRelationTo =
  | 'users';

export type PayloadLockedDocument_User_RelationTo =
  | 'users';

export type PayloadLockedDocument_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadLockedDocument_Document_Relation = {
  relationTo?: InputMaybe<PayloadLockedDocument_Document_Relation_RelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocument_Document_Relation_RelationTo =
  | 'approvals'
  | 'careers_faqs'
  | 'careers_postings'
  | 'faqs'
  | 'job_descriptions'
  | 'requirements'
  | 'responsibilities'
  | 'users';

export type PayloadLockedDocument_GlobalSlug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadLockedDocument_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type PayloadLockedDocument_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadLockedDocument_User_Relation = {
  relationTo?: InputMaybe<PayloadLockedDocument_User_Relation_RelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadLockedDocument_User_Relation_RelationTo =
  | 'users';

export type PayloadLockedDocument_Where = {
  AND?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_Or>>>;
  createdAt?: InputMaybe<PayloadLockedDocument_CreatedAt_Operator>;
  document?: InputMaybe<PayloadLockedDocument_Document_Relation>;
  globalSlug?: InputMaybe<PayloadLockedDocument_GlobalSlug_Operator>;
  id?: InputMaybe<PayloadLockedDocument_Id_Operator>;
  updatedAt?: InputMaybe<PayloadLockedDocument_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadLockedDocument_User_Relation>;
};

export type PayloadLockedDocument_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_Or>>>;
  createdAt?: InputMaybe<PayloadLockedDocument_CreatedAt_Operator>;
  document?: InputMaybe<PayloadLockedDocument_Document_Relation>;
  globalSlug?: InputMaybe<PayloadLockedDocument_GlobalSlug_Operator>;
  id?: InputMaybe<PayloadLockedDocument_Id_Operator>;
  updatedAt?: InputMaybe<PayloadLockedDocument_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadLockedDocument_User_Relation>;
};

export type PayloadLockedDocument_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadLockedDocument_Where_Or>>>;
  createdAt?: InputMaybe<PayloadLockedDocument_CreatedAt_Operator>;
  document?: InputMaybe<PayloadLockedDocument_Document_Relation>;
  globalSlug?: InputMaybe<PayloadLockedDocument_GlobalSlug_Operator>;
  id?: InputMaybe<PayloadLockedDocument_Id_Operator>;
  updatedAt?: InputMaybe<PayloadLockedDocument_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadLockedDocument_User_Relation>;
};

export type PayloadPreferenceUpdate_UserRelationshipInput = {
  relationTo?: InputMaybe<PayloadPreferenceUpdate_UserRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadPreferenceUpdate_UserRelationshipInputRelationTo =
  | 'users';

export type PayloadPreference_UserRelationshipInput = {
  relationTo?: InputMaybe<PayloadPreference_UserRelationshipInputRelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadPreference_UserRelationshipInputRelationTo =
  | 'users';

export type PayloadPreference_User_RelationTo =
  | 'users';

export type PayloadPreference_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadPreference_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type PayloadPreference_Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type PayloadPreference_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PayloadPreference_User_Relation = {
  relationTo?: InputMaybe<PayloadPreference_User_Relation_RelationTo>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadPreference_User_Relation_RelationTo =
  | 'users';

export type PayloadPreference_Value_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type PayloadPreference_Where = {
  AND?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_Or>>>;
  createdAt?: InputMaybe<PayloadPreference_CreatedAt_Operator>;
  id?: InputMaybe<PayloadPreference_Id_Operator>;
  key?: InputMaybe<PayloadPreference_Key_Operator>;
  updatedAt?: InputMaybe<PayloadPreference_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadPreference_User_Relation>;
  value?: InputMaybe<PayloadPreference_Value_Operator>;
};

export type PayloadPreference_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_Or>>>;
  createdAt?: InputMaybe<PayloadPreference_CreatedAt_Operator>;
  id?: InputMaybe<PayloadPreference_Id_Operator>;
  key?: InputMaybe<PayloadPreference_Key_Operator>;
  updatedAt?: InputMaybe<PayloadPreference_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadPreference_User_Relation>;
  value?: InputMaybe<PayloadPreference_Value_Operator>;
};

export type PayloadPreference_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<PayloadPreference_Where_Or>>>;
  createdAt?: InputMaybe<PayloadPreference_CreatedAt_Operator>;
  id?: InputMaybe<PayloadPreference_Id_Operator>;
  key?: InputMaybe<PayloadPreference_Key_Operator>;
  updatedAt?: InputMaybe<PayloadPreference_UpdatedAt_Operator>;
  user?: InputMaybe<PayloadPreference_User_Relation>;
  value?: InputMaybe<PayloadPreference_Value_Operator>;
};

export type RequirementUpdate__Status_MutationInput =
  | 'draft'
  | 'published';

export type RequirementUpdate_Category_MutationInput =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type RequirementUpdate_Level_MutationInput =
  | 'preferred'
  | 'required';

export type RequirementUpdate_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type RequirementVersion_Version__Status =
  | 'draft'
  | 'published';

export type RequirementVersion_Version_Category =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type RequirementVersion_Version_Level =
  | 'preferred'
  | 'required';

export type RequirementVersion_Version_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Requirement__Status =
  | 'draft'
  | 'published';

export type Requirement__Status_Input =
  | 'draft'
  | 'published';

export type Requirement__Status_MutationInput =
  | 'draft'
  | 'published';

export type Requirement__Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Requirement__Status_Input>>>;
  equals?: InputMaybe<Requirement__Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Requirement__Status_Input>>>;
  not_equals?: InputMaybe<Requirement__Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Requirement__Status_Input>>>;
};

export type Requirement_ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Requirement_Category =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type Requirement_Category_Input =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type Requirement_Category_MutationInput =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type Requirement_Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<Requirement_Category_Input>>>;
  equals?: InputMaybe<Requirement_Category_Input>;
  in?: InputMaybe<Array<InputMaybe<Requirement_Category_Input>>>;
  not_equals?: InputMaybe<Requirement_Category_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Requirement_Category_Input>>>;
};

export type Requirement_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Requirement_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type Requirement_Level =
  | 'preferred'
  | 'required';

export type Requirement_Level_Input =
  | 'preferred'
  | 'required';

export type Requirement_Level_MutationInput =
  | 'preferred'
  | 'required';

export type Requirement_Level_Operator = {
  all?: InputMaybe<Array<InputMaybe<Requirement_Level_Input>>>;
  equals?: InputMaybe<Requirement_Level_Input>;
  in?: InputMaybe<Array<InputMaybe<Requirement_Level_Input>>>;
  not_equals?: InputMaybe<Requirement_Level_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Requirement_Level_Input>>>;
};

export type Requirement_MinimumYears_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type Requirement_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Requirement_Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Requirement_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Requirement_Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Requirement_Stage_Input>>>;
  equals?: InputMaybe<Requirement_Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Requirement_Stage_Input>>>;
  not_equals?: InputMaybe<Requirement_Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Requirement_Stage_Input>>>;
};

export type Requirement_Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
};

export type Requirement_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Requirement_Where = {
  AND?: InputMaybe<Array<InputMaybe<Requirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Requirement_Where_Or>>>;
  _status?: InputMaybe<Requirement__Status_Operator>;
  approvedVersion?: InputMaybe<Requirement_ApprovedVersion_Operator>;
  category?: InputMaybe<Requirement_Category_Operator>;
  createdAt?: InputMaybe<Requirement_CreatedAt_Operator>;
  id?: InputMaybe<Requirement_Id_Operator>;
  level?: InputMaybe<Requirement_Level_Operator>;
  minimumYears?: InputMaybe<Requirement_MinimumYears_Operator>;
  stage?: InputMaybe<Requirement_Stage_Operator>;
  text?: InputMaybe<Requirement_Text_Operator>;
  updatedAt?: InputMaybe<Requirement_UpdatedAt_Operator>;
};

export type Requirement_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Requirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Requirement_Where_Or>>>;
  _status?: InputMaybe<Requirement__Status_Operator>;
  approvedVersion?: InputMaybe<Requirement_ApprovedVersion_Operator>;
  category?: InputMaybe<Requirement_Category_Operator>;
  createdAt?: InputMaybe<Requirement_CreatedAt_Operator>;
  id?: InputMaybe<Requirement_Id_Operator>;
  level?: InputMaybe<Requirement_Level_Operator>;
  minimumYears?: InputMaybe<Requirement_MinimumYears_Operator>;
  stage?: InputMaybe<Requirement_Stage_Operator>;
  text?: InputMaybe<Requirement_Text_Operator>;
  updatedAt?: InputMaybe<Requirement_UpdatedAt_Operator>;
};

export type Requirement_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Requirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Requirement_Where_Or>>>;
  _status?: InputMaybe<Requirement__Status_Operator>;
  approvedVersion?: InputMaybe<Requirement_ApprovedVersion_Operator>;
  category?: InputMaybe<Requirement_Category_Operator>;
  createdAt?: InputMaybe<Requirement_CreatedAt_Operator>;
  id?: InputMaybe<Requirement_Id_Operator>;
  level?: InputMaybe<Requirement_Level_Operator>;
  minimumYears?: InputMaybe<Requirement_MinimumYears_Operator>;
  stage?: InputMaybe<Requirement_Stage_Operator>;
  text?: InputMaybe<Requirement_Text_Operator>;
  updatedAt?: InputMaybe<Requirement_UpdatedAt_Operator>;
};

export type ResponsibilityUpdate__Status_MutationInput =
  | 'draft'
  | 'published';

export type ResponsibilityUpdate_Category_MutationInput =
  | 'additional'
  | 'primary';

export type ResponsibilityUpdate_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type ResponsibilityVersion_Version__Status =
  | 'draft'
  | 'published';

export type ResponsibilityVersion_Version_Category =
  | 'additional'
  | 'primary';

export type ResponsibilityVersion_Version_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Responsibility__Status =
  | 'draft'
  | 'published';

export type Responsibility__Status_Input =
  | 'draft'
  | 'published';

export type Responsibility__Status_MutationInput =
  | 'draft'
  | 'published';

export type Responsibility__Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<Responsibility__Status_Input>>>;
  equals?: InputMaybe<Responsibility__Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Responsibility__Status_Input>>>;
  not_equals?: InputMaybe<Responsibility__Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Responsibility__Status_Input>>>;
};

export type Responsibility_ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Responsibility_Category =
  | 'additional'
  | 'primary';

export type Responsibility_Category_Input =
  | 'additional'
  | 'primary';

export type Responsibility_Category_MutationInput =
  | 'additional'
  | 'primary';

export type Responsibility_Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<Responsibility_Category_Input>>>;
  equals?: InputMaybe<Responsibility_Category_Input>;
  in?: InputMaybe<Array<InputMaybe<Responsibility_Category_Input>>>;
  not_equals?: InputMaybe<Responsibility_Category_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Responsibility_Category_Input>>>;
};

export type Responsibility_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Responsibility_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type Responsibility_Stage =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Responsibility_Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Responsibility_Stage_MutationInput =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type Responsibility_Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<Responsibility_Stage_Input>>>;
  equals?: InputMaybe<Responsibility_Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Responsibility_Stage_Input>>>;
  not_equals?: InputMaybe<Responsibility_Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<Responsibility_Stage_Input>>>;
};

export type Responsibility_Tags_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type Responsibility_Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
};

export type Responsibility_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Responsibility_Where = {
  AND?: InputMaybe<Array<InputMaybe<Responsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Responsibility_Where_Or>>>;
  _status?: InputMaybe<Responsibility__Status_Operator>;
  approvedVersion?: InputMaybe<Responsibility_ApprovedVersion_Operator>;
  category?: InputMaybe<Responsibility_Category_Operator>;
  createdAt?: InputMaybe<Responsibility_CreatedAt_Operator>;
  id?: InputMaybe<Responsibility_Id_Operator>;
  stage?: InputMaybe<Responsibility_Stage_Operator>;
  tags?: InputMaybe<Responsibility_Tags_Operator>;
  text?: InputMaybe<Responsibility_Text_Operator>;
  updatedAt?: InputMaybe<Responsibility_UpdatedAt_Operator>;
};

export type Responsibility_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<Responsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Responsibility_Where_Or>>>;
  _status?: InputMaybe<Responsibility__Status_Operator>;
  approvedVersion?: InputMaybe<Responsibility_ApprovedVersion_Operator>;
  category?: InputMaybe<Responsibility_Category_Operator>;
  createdAt?: InputMaybe<Responsibility_CreatedAt_Operator>;
  id?: InputMaybe<Responsibility_Id_Operator>;
  stage?: InputMaybe<Responsibility_Stage_Operator>;
  tags?: InputMaybe<Responsibility_Tags_Operator>;
  text?: InputMaybe<Responsibility_Text_Operator>;
  updatedAt?: InputMaybe<Responsibility_UpdatedAt_Operator>;
};

export type Responsibility_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<Responsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<Responsibility_Where_Or>>>;
  _status?: InputMaybe<Responsibility__Status_Operator>;
  approvedVersion?: InputMaybe<Responsibility_ApprovedVersion_Operator>;
  category?: InputMaybe<Responsibility_Category_Operator>;
  createdAt?: InputMaybe<Responsibility_CreatedAt_Operator>;
  id?: InputMaybe<Responsibility_Id_Operator>;
  stage?: InputMaybe<Responsibility_Stage_Operator>;
  tags?: InputMaybe<Responsibility_Tags_Operator>;
  text?: InputMaybe<Responsibility_Text_Operator>;
  updatedAt?: InputMaybe<Responsibility_UpdatedAt_Operator>;
};

export type UserUpdate_Roles_MutationInput =
  | 'admin'
  | 'editor'
  | 'hr';

export type User_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User_Email_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
  contains?: InputMaybe<Scalars['EmailAddress']['input']>;
  equals?: InputMaybe<Scalars['EmailAddress']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
  like?: InputMaybe<Scalars['EmailAddress']['input']>;
  not_equals?: InputMaybe<Scalars['EmailAddress']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['EmailAddress']['input']>>>;
};

export type User_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type User_Name_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type User_Roles =
  | 'admin'
  | 'editor'
  | 'hr';

export type User_Roles_Input =
  | 'admin'
  | 'editor'
  | 'hr';

export type User_Roles_MutationInput =
  | 'admin'
  | 'editor'
  | 'hr';

export type User_Roles_Operator = {
  all?: InputMaybe<Array<InputMaybe<User_Roles_Input>>>;
  equals?: InputMaybe<User_Roles_Input>;
  in?: InputMaybe<Array<InputMaybe<User_Roles_Input>>>;
  not_equals?: InputMaybe<User_Roles_Input>;
  not_in?: InputMaybe<Array<InputMaybe<User_Roles_Input>>>;
};

export type User_Sessions__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User_Sessions__ExpiresAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User_Sessions__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type User_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User_Where = {
  AND?: InputMaybe<Array<InputMaybe<User_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<User_Where_Or>>>;
  createdAt?: InputMaybe<User_CreatedAt_Operator>;
  email?: InputMaybe<User_Email_Operator>;
  id?: InputMaybe<User_Id_Operator>;
  name?: InputMaybe<User_Name_Operator>;
  roles?: InputMaybe<User_Roles_Operator>;
  sessions__createdAt?: InputMaybe<User_Sessions__CreatedAt_Operator>;
  sessions__expiresAt?: InputMaybe<User_Sessions__ExpiresAt_Operator>;
  sessions__id?: InputMaybe<User_Sessions__Id_Operator>;
  updatedAt?: InputMaybe<User_UpdatedAt_Operator>;
};

export type User_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<User_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<User_Where_Or>>>;
  createdAt?: InputMaybe<User_CreatedAt_Operator>;
  email?: InputMaybe<User_Email_Operator>;
  id?: InputMaybe<User_Id_Operator>;
  name?: InputMaybe<User_Name_Operator>;
  roles?: InputMaybe<User_Roles_Operator>;
  sessions__createdAt?: InputMaybe<User_Sessions__CreatedAt_Operator>;
  sessions__expiresAt?: InputMaybe<User_Sessions__ExpiresAt_Operator>;
  sessions__id?: InputMaybe<User_Sessions__Id_Operator>;
  updatedAt?: InputMaybe<User_UpdatedAt_Operator>;
};

export type User_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<User_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<User_Where_Or>>>;
  createdAt?: InputMaybe<User_CreatedAt_Operator>;
  email?: InputMaybe<User_Email_Operator>;
  id?: InputMaybe<User_Id_Operator>;
  name?: InputMaybe<User_Name_Operator>;
  roles?: InputMaybe<User_Roles_Operator>;
  sessions__createdAt?: InputMaybe<User_Sessions__CreatedAt_Operator>;
  sessions__expiresAt?: InputMaybe<User_Sessions__ExpiresAt_Operator>;
  sessions__id?: InputMaybe<User_Sessions__Id_Operator>;
  updatedAt?: InputMaybe<User_UpdatedAt_Operator>;
};

export type WorkflowAction =
  | 'approve'
  | 'publish'
  | 'request_changes'
  | 'submit'
  | 'unpublish';

/** An item revision reviewed with a job description, as the review diff pins it. */
export type WorkflowItemRevision = {
  collection: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  versionId: Scalars['String']['input'];
};

export type MutationApprovalInput = {
  action: Approval_Action_MutationInput;
  by?: InputMaybe<Scalars['Int']['input']>;
  byEmail?: InputMaybe<Scalars['String']['input']>;
  collectionSlug: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Approval_DocumentRelationshipInput>;
  documentId: Scalars['String']['input'];
  documentTitle?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Approval_From_MutationInput>;
  to?: InputMaybe<Approval_To_MutationInput>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type MutationApprovalUpdateInput = {
  action?: InputMaybe<ApprovalUpdate_Action_MutationInput>;
  by?: InputMaybe<Scalars['Int']['input']>;
  byEmail?: InputMaybe<Scalars['String']['input']>;
  collectionSlug?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<ApprovalUpdate_DocumentRelationshipInput>;
  documentId?: InputMaybe<Scalars['String']['input']>;
  documentTitle?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<ApprovalUpdate_From_MutationInput>;
  to?: InputMaybe<ApprovalUpdate_To_MutationInput>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type MutationFaqInput = {
  _status?: InputMaybe<Faq__Status_MutationInput>;
  answer: Scalars['JSON']['input'];
  answerHtml?: InputMaybe<Scalars['String']['input']>;
  answerPlain?: InputMaybe<Scalars['String']['input']>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  audience: Faq_Audience_MutationInput;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  stage?: InputMaybe<Faq_Stage_MutationInput>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationFaqUpdateInput = {
  _status?: InputMaybe<FaqUpdate__Status_MutationInput>;
  answer?: InputMaybe<Scalars['JSON']['input']>;
  answerHtml?: InputMaybe<Scalars['String']['input']>;
  answerPlain?: InputMaybe<Scalars['String']['input']>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  audience?: InputMaybe<FaqUpdate_Audience_MutationInput>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  question?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<FaqUpdate_Stage_MutationInput>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescriptionInput = {
  _status?: InputMaybe<JobDescription__Status_MutationInput>;
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  contentCheck?: InputMaybe<MutationJobDescription_ContentCheckInput>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  datePosted?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  descriptionHtml?: InputMaybe<Scalars['String']['input']>;
  descriptionPlain?: InputMaybe<Scalars['String']['input']>;
  directApply?: InputMaybe<Scalars['Boolean']['input']>;
  employmentType?: InputMaybe<Array<InputMaybe<JobDescription_EmploymentType_MutationInput>>>;
  faqs?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  jobPostingJsonLd?: InputMaybe<Scalars['JSON']['input']>;
  kind: JobDescription_Kind_MutationInput;
  locations?: InputMaybe<Array<InputMaybe<MutationJobDescription_LocationsInput>>>;
  notesForAuthors?: InputMaybe<Scalars['JSON']['input']>;
  notesForAuthorsHtml?: InputMaybe<Scalars['String']['input']>;
  notesForAuthorsPlain?: InputMaybe<Scalars['String']['input']>;
  overview?: InputMaybe<Scalars['JSON']['input']>;
  overviewHtml?: InputMaybe<Scalars['String']['input']>;
  overviewPlain?: InputMaybe<Scalars['String']['input']>;
  placeholders?: InputMaybe<Array<InputMaybe<MutationJobDescription_PlaceholdersInput>>>;
  reportsTo?: InputMaybe<Scalars['String']['input']>;
  requirements?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  responsibilities?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  salary?: InputMaybe<MutationJobDescription_SalaryInput>;
  slug: Scalars['String']['input'];
  stage?: InputMaybe<JobDescription_Stage_MutationInput>;
  summary?: InputMaybe<Scalars['JSON']['input']>;
  summaryHtml?: InputMaybe<Scalars['String']['input']>;
  summaryPlain?: InputMaybe<Scalars['String']['input']>;
  template?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  validThrough?: InputMaybe<Scalars['String']['input']>;
  workplaceType?: InputMaybe<JobDescription_WorkplaceType_MutationInput>;
};

export type MutationJobDescriptionUpdateInput = {
  _status?: InputMaybe<JobDescriptionUpdate__Status_MutationInput>;
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  contentCheck?: InputMaybe<MutationJobDescriptionUpdate_ContentCheckInput>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  datePosted?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  descriptionHtml?: InputMaybe<Scalars['String']['input']>;
  descriptionPlain?: InputMaybe<Scalars['String']['input']>;
  directApply?: InputMaybe<Scalars['Boolean']['input']>;
  employmentType?: InputMaybe<Array<InputMaybe<JobDescriptionUpdate_EmploymentType_MutationInput>>>;
  faqs?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  jobPostingJsonLd?: InputMaybe<Scalars['JSON']['input']>;
  kind?: InputMaybe<JobDescriptionUpdate_Kind_MutationInput>;
  locations?: InputMaybe<Array<InputMaybe<MutationJobDescriptionUpdate_LocationsInput>>>;
  notesForAuthors?: InputMaybe<Scalars['JSON']['input']>;
  notesForAuthorsHtml?: InputMaybe<Scalars['String']['input']>;
  notesForAuthorsPlain?: InputMaybe<Scalars['String']['input']>;
  overview?: InputMaybe<Scalars['JSON']['input']>;
  overviewHtml?: InputMaybe<Scalars['String']['input']>;
  overviewPlain?: InputMaybe<Scalars['String']['input']>;
  placeholders?: InputMaybe<Array<InputMaybe<MutationJobDescriptionUpdate_PlaceholdersInput>>>;
  reportsTo?: InputMaybe<Scalars['String']['input']>;
  requirements?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  responsibilities?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  salary?: InputMaybe<MutationJobDescriptionUpdate_SalaryInput>;
  slug?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<JobDescriptionUpdate_Stage_MutationInput>;
  summary?: InputMaybe<Scalars['JSON']['input']>;
  summaryHtml?: InputMaybe<Scalars['String']['input']>;
  summaryPlain?: InputMaybe<Scalars['String']['input']>;
  template?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  validThrough?: InputMaybe<Scalars['String']['input']>;
  workplaceType?: InputMaybe<JobDescriptionUpdate_WorkplaceType_MutationInput>;
};

export type MutationJobDescriptionUpdate_ContentCheckInput = {
  descriptionWords?: InputMaybe<Scalars['Float']['input']>;
  missingForSearch?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  preferredRequirements?: InputMaybe<Scalars['Float']['input']>;
  readabilityGrade?: InputMaybe<Scalars['Float']['input']>;
  requiredRequirements?: InputMaybe<Scalars['Float']['input']>;
  warnings?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  wording?: InputMaybe<Array<InputMaybe<MutationJobDescriptionUpdate_ContentCheck_WordingInput>>>;
};

export type MutationJobDescriptionUpdate_ContentCheck_WordingInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescriptionUpdate_LocationsInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  id?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  streetAddress?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescriptionUpdate_PlaceholdersInput = {
  id?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<JobDescriptionUpdate_Placeholders_Kind_MutationInput>;
  token?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescriptionUpdate_SalaryInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<JobDescriptionUpdate_Salary_Interval_MutationInput>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type MutationJobDescription_ContentCheckInput = {
  descriptionWords?: InputMaybe<Scalars['Float']['input']>;
  missingForSearch?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  preferredRequirements?: InputMaybe<Scalars['Float']['input']>;
  readabilityGrade?: InputMaybe<Scalars['Float']['input']>;
  requiredRequirements?: InputMaybe<Scalars['Float']['input']>;
  warnings?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  wording?: InputMaybe<Array<InputMaybe<MutationJobDescription_ContentCheck_WordingInput>>>;
};

export type MutationJobDescription_ContentCheck_WordingInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescription_LocationsInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  id?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  streetAddress?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescription_PlaceholdersInput = {
  id?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<JobDescription_Placeholders_Kind_MutationInput>;
  token?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<Scalars['String']['input']>;
};

export type MutationJobDescription_SalaryInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<JobDescription_Salary_Interval_MutationInput>;
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type MutationPayloadJobInput = {
  completedAt?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  error?: InputMaybe<Scalars['JSON']['input']>;
  hasError?: InputMaybe<Scalars['Boolean']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  log?: InputMaybe<Array<InputMaybe<MutationPayloadJob_LogInput>>>;
  meta?: InputMaybe<Scalars['JSON']['input']>;
  processing?: InputMaybe<Scalars['Boolean']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  taskSlug?: InputMaybe<PayloadJob_TaskSlug_MutationInput>;
  taskStatus?: InputMaybe<Scalars['JSON']['input']>;
  totalTried?: InputMaybe<Scalars['Float']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  waitUntil?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPayloadJobUpdateInput = {
  completedAt?: InputMaybe<Scalars['String']['input']>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  error?: InputMaybe<Scalars['JSON']['input']>;
  hasError?: InputMaybe<Scalars['Boolean']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  log?: InputMaybe<Array<InputMaybe<MutationPayloadJobUpdate_LogInput>>>;
  meta?: InputMaybe<Scalars['JSON']['input']>;
  processing?: InputMaybe<Scalars['Boolean']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  taskSlug?: InputMaybe<PayloadJobUpdate_TaskSlug_MutationInput>;
  taskStatus?: InputMaybe<Scalars['JSON']['input']>;
  totalTried?: InputMaybe<Scalars['Float']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  waitUntil?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPayloadJobUpdate_LogInput = {
  completedAt: Scalars['String']['input'];
  error?: InputMaybe<Scalars['JSON']['input']>;
  executedAt: Scalars['String']['input'];
  id?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  output?: InputMaybe<Scalars['JSON']['input']>;
  state: Scalars['String']['input'];
  taskID: Scalars['String']['input'];
  taskSlug: PayloadJobUpdate_Log_TaskSlug_MutationInput;
};

export type MutationPayloadJob_LogInput = {
  completedAt: Scalars['String']['input'];
  error?: InputMaybe<Scalars['JSON']['input']>;
  executedAt: Scalars['String']['input'];
  id?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  output?: InputMaybe<Scalars['JSON']['input']>;
  state: Scalars['String']['input'];
  taskID: Scalars['String']['input'];
  taskSlug: PayloadJob_Log_TaskSlug_MutationInput;
};

export type MutationPayloadJobsStatInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  stats?: InputMaybe<Scalars['JSON']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPayloadKvInput = {
  data: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};

export type MutationPayloadKvUpdateInput = {
  data?: InputMaybe<Scalars['JSON']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};

export type MutationPayloadLockedDocumentInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<PayloadLockedDocument_DocumentRelationshipInput>;
  globalSlug?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<PayloadLockedDocument_UserRelationshipInput>;
};

export type MutationPayloadLockedDocumentUpdateInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<PayloadLockedDocumentUpdate_DocumentRelationshipInput>;
  globalSlug?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<PayloadLockedDocumentUpdate_UserRelationshipInput>;
};

export type MutationPayloadPreferenceInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<PayloadPreference_UserRelationshipInput>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type MutationPayloadPreferenceUpdateInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<PayloadPreferenceUpdate_UserRelationshipInput>;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type MutationRequirementInput = {
  _status?: InputMaybe<Requirement__Status_MutationInput>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  category: Requirement_Category_MutationInput;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  level: Requirement_Level_MutationInput;
  minimumYears?: InputMaybe<Scalars['Float']['input']>;
  stage?: InputMaybe<Requirement_Stage_MutationInput>;
  text: Scalars['String']['input'];
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationRequirementUpdateInput = {
  _status?: InputMaybe<RequirementUpdate__Status_MutationInput>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<RequirementUpdate_Category_MutationInput>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<RequirementUpdate_Level_MutationInput>;
  minimumYears?: InputMaybe<Scalars['Float']['input']>;
  stage?: InputMaybe<RequirementUpdate_Stage_MutationInput>;
  text?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationResponsibilityInput = {
  _status?: InputMaybe<Responsibility__Status_MutationInput>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  category: Responsibility_Category_MutationInput;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Responsibility_Stage_MutationInput>;
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  text: Scalars['String']['input'];
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationResponsibilityUpdateInput = {
  _status?: InputMaybe<ResponsibilityUpdate__Status_MutationInput>;
  approvedVersion?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ResponsibilityUpdate_Category_MutationInput>;
  createdAt?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<ResponsibilityUpdate_Stage_MutationInput>;
  tags?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  text?: InputMaybe<Scalars['String']['input']>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationUserInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  hash?: InputMaybe<Scalars['String']['input']>;
  lockUntil?: InputMaybe<Scalars['String']['input']>;
  loginAttempts?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  resetPasswordExpiration?: InputMaybe<Scalars['String']['input']>;
  resetPasswordRequestedAt?: InputMaybe<Scalars['String']['input']>;
  resetPasswordToken?: InputMaybe<Scalars['String']['input']>;
  roles: Array<InputMaybe<User_Roles_MutationInput>>;
  salt?: InputMaybe<Scalars['String']['input']>;
  sessions?: InputMaybe<Array<InputMaybe<MutationUser_SessionsInput>>>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationUserUpdateInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  hash?: InputMaybe<Scalars['String']['input']>;
  lockUntil?: InputMaybe<Scalars['String']['input']>;
  loginAttempts?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  resetPasswordExpiration?: InputMaybe<Scalars['String']['input']>;
  resetPasswordRequestedAt?: InputMaybe<Scalars['String']['input']>;
  resetPasswordToken?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<InputMaybe<UserUpdate_Roles_MutationInput>>>;
  salt?: InputMaybe<Scalars['String']['input']>;
  sessions?: InputMaybe<Array<InputMaybe<MutationUserUpdate_SessionsInput>>>;
  updatedAt?: InputMaybe<Scalars['String']['input']>;
};

export type MutationUserUpdate_SessionsInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  expiresAt: Scalars['String']['input'];
  id: Scalars['String']['input'];
};

export type MutationUser_SessionsInput = {
  createdAt?: InputMaybe<Scalars['String']['input']>;
  expiresAt: Scalars['String']['input'];
  id: Scalars['String']['input'];
};

export type UsersJwt_Roles =
  | 'admin'
  | 'editor'
  | 'hr';

export type VersionsFaq_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsFaq_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type VersionsFaq_Latest_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VersionsFaq_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsFaq_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsFaq_Version___Status_Input =
  | 'draft'
  | 'published';

export type VersionsFaq_Version___Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsFaq_Version___Status_Input>>>;
  equals?: InputMaybe<VersionsFaq_Version___Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version___Status_Input>>>;
  not_equals?: InputMaybe<VersionsFaq_Version___Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version___Status_Input>>>;
};

export type VersionsFaq_Version__AnswerHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsFaq_Version__AnswerPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsFaq_Version__Answer_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type VersionsFaq_Version__ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsFaq_Version__Audience_Input =
  | 'authors'
  | 'candidates';

export type VersionsFaq_Version__Audience_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Audience_Input>>>;
  equals?: InputMaybe<VersionsFaq_Version__Audience_Input>;
  in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Audience_Input>>>;
  not_equals?: InputMaybe<VersionsFaq_Version__Audience_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Audience_Input>>>;
};

export type VersionsFaq_Version__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsFaq_Version__Question_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsFaq_Version__Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type VersionsFaq_Version__Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Stage_Input>>>;
  equals?: InputMaybe<VersionsFaq_Version__Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Stage_Input>>>;
  not_equals?: InputMaybe<VersionsFaq_Version__Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsFaq_Version__Stage_Input>>>;
};

export type VersionsFaq_Version__UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsFaq_Where = {
  AND?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_Or>>>;
  createdAt?: InputMaybe<VersionsFaq_CreatedAt_Operator>;
  id?: InputMaybe<VersionsFaq_Id_Operator>;
  latest?: InputMaybe<VersionsFaq_Latest_Operator>;
  parent?: InputMaybe<VersionsFaq_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsFaq_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsFaq_Version___Status_Operator>;
  version__answer?: InputMaybe<VersionsFaq_Version__Answer_Operator>;
  version__answerHtml?: InputMaybe<VersionsFaq_Version__AnswerHtml_Operator>;
  version__answerPlain?: InputMaybe<VersionsFaq_Version__AnswerPlain_Operator>;
  version__approvedVersion?: InputMaybe<VersionsFaq_Version__ApprovedVersion_Operator>;
  version__audience?: InputMaybe<VersionsFaq_Version__Audience_Operator>;
  version__createdAt?: InputMaybe<VersionsFaq_Version__CreatedAt_Operator>;
  version__question?: InputMaybe<VersionsFaq_Version__Question_Operator>;
  version__stage?: InputMaybe<VersionsFaq_Version__Stage_Operator>;
  version__updatedAt?: InputMaybe<VersionsFaq_Version__UpdatedAt_Operator>;
};

export type VersionsFaq_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_Or>>>;
  createdAt?: InputMaybe<VersionsFaq_CreatedAt_Operator>;
  id?: InputMaybe<VersionsFaq_Id_Operator>;
  latest?: InputMaybe<VersionsFaq_Latest_Operator>;
  parent?: InputMaybe<VersionsFaq_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsFaq_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsFaq_Version___Status_Operator>;
  version__answer?: InputMaybe<VersionsFaq_Version__Answer_Operator>;
  version__answerHtml?: InputMaybe<VersionsFaq_Version__AnswerHtml_Operator>;
  version__answerPlain?: InputMaybe<VersionsFaq_Version__AnswerPlain_Operator>;
  version__approvedVersion?: InputMaybe<VersionsFaq_Version__ApprovedVersion_Operator>;
  version__audience?: InputMaybe<VersionsFaq_Version__Audience_Operator>;
  version__createdAt?: InputMaybe<VersionsFaq_Version__CreatedAt_Operator>;
  version__question?: InputMaybe<VersionsFaq_Version__Question_Operator>;
  version__stage?: InputMaybe<VersionsFaq_Version__Stage_Operator>;
  version__updatedAt?: InputMaybe<VersionsFaq_Version__UpdatedAt_Operator>;
};

export type VersionsFaq_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsFaq_Where_Or>>>;
  createdAt?: InputMaybe<VersionsFaq_CreatedAt_Operator>;
  id?: InputMaybe<VersionsFaq_Id_Operator>;
  latest?: InputMaybe<VersionsFaq_Latest_Operator>;
  parent?: InputMaybe<VersionsFaq_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsFaq_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsFaq_Version___Status_Operator>;
  version__answer?: InputMaybe<VersionsFaq_Version__Answer_Operator>;
  version__answerHtml?: InputMaybe<VersionsFaq_Version__AnswerHtml_Operator>;
  version__answerPlain?: InputMaybe<VersionsFaq_Version__AnswerPlain_Operator>;
  version__approvedVersion?: InputMaybe<VersionsFaq_Version__ApprovedVersion_Operator>;
  version__audience?: InputMaybe<VersionsFaq_Version__Audience_Operator>;
  version__createdAt?: InputMaybe<VersionsFaq_Version__CreatedAt_Operator>;
  version__question?: InputMaybe<VersionsFaq_Version__Question_Operator>;
  version__stage?: InputMaybe<VersionsFaq_Version__Stage_Operator>;
  version__updatedAt?: InputMaybe<VersionsFaq_Version__UpdatedAt_Operator>;
};

export type VersionsJobDescription_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type VersionsJobDescription_Latest_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VersionsJobDescription_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsJobDescription_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Version___Status_Input =
  | 'draft'
  | 'published';

export type VersionsJobDescription_Version___Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version___Status_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version___Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version___Status_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version___Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version___Status_Input>>>;
};

export type VersionsJobDescription_Version__ApplyUrl_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ContentCheck__DescriptionWords_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__ContentCheck__MissingForSearch_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ContentCheck__PreferredRequirements_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__ContentCheck__ReadabilityGrade_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__ContentCheck__RequiredRequirements_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__ContentCheck__Warnings_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ContentCheck__Wording__Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ContentCheck__Wording__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ContentCheck__Wording__Term_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Version__DatePosted_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Version__Department_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__DescriptionHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__DescriptionPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__DirectApply_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VersionsJobDescription_Version__EmploymentType_Input =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'OTHER'
  | 'PART_TIME'
  | 'PER_DIEM'
  | 'TEMPORARY'
  | 'VOLUNTEER';

export type VersionsJobDescription_Version__EmploymentType_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__EmploymentType_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__EmploymentType_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__EmploymentType_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__EmploymentType_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__EmploymentType_Input>>>;
};

export type VersionsJobDescription_Version__Faqs_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsJobDescription_Version__JobPostingJsonLd_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  intersects?: InputMaybe<Scalars['JSON']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  within?: InputMaybe<Scalars['JSON']['input']>;
};

export type VersionsJobDescription_Version__Kind_Input =
  | 'posting'
  | 'template';

export type VersionsJobDescription_Version__Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Kind_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__Kind_Input>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Kind_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__Kind_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Kind_Input>>>;
};

export type VersionsJobDescription_Version__Locations__City_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__Country_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__Label_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__PostalCode_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__Region_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Locations__StreetAddress_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__NotesForAuthorsHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__NotesForAuthorsPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__NotesForAuthors_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type VersionsJobDescription_Version__OverviewHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__OverviewPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Overview_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type VersionsJobDescription_Version__Placeholders__Id_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Placeholders__Key_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Placeholders__Kind_Input =
  | 'bracket'
  | 'mustache'
  | 'years';

export type VersionsJobDescription_Version__Placeholders__Kind_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Input>>>;
};

export type VersionsJobDescription_Version__Placeholders__Token_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Placeholders__Where_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__ReportsTo_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Requirements_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsJobDescription_Version__Responsibilities_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsJobDescription_Version__Salary__Currency_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Salary__Interval_Input =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type VersionsJobDescription_Version__Salary__Interval_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Salary__Interval_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__Salary__Interval_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Salary__Interval_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__Salary__Interval_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Salary__Interval_Input>>>;
};

export type VersionsJobDescription_Version__Salary__Max_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__Salary__Min_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsJobDescription_Version__Slug_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type VersionsJobDescription_Version__Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Stage_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Stage_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__Stage_Input>>>;
};

export type VersionsJobDescription_Version__SummaryHtml_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__SummaryPlain_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__Summary_Operator = {
  contains?: InputMaybe<Scalars['JSON']['input']>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  like?: InputMaybe<Scalars['JSON']['input']>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
};

export type VersionsJobDescription_Version__Template_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsJobDescription_Version__Title_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsJobDescription_Version__UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Version__ValidThrough_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsJobDescription_Version__WorkplaceType_Input =
  | 'hybrid'
  | 'on_site'
  | 'remote';

export type VersionsJobDescription_Version__WorkplaceType_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__WorkplaceType_Input>>>;
  equals?: InputMaybe<VersionsJobDescription_Version__WorkplaceType_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__WorkplaceType_Input>>>;
  not_equals?: InputMaybe<VersionsJobDescription_Version__WorkplaceType_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Version__WorkplaceType_Input>>>;
};

export type VersionsJobDescription_Where = {
  AND?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_Or>>>;
  createdAt?: InputMaybe<VersionsJobDescription_CreatedAt_Operator>;
  id?: InputMaybe<VersionsJobDescription_Id_Operator>;
  latest?: InputMaybe<VersionsJobDescription_Latest_Operator>;
  parent?: InputMaybe<VersionsJobDescription_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsJobDescription_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsJobDescription_Version___Status_Operator>;
  version__applyUrl?: InputMaybe<VersionsJobDescription_Version__ApplyUrl_Operator>;
  version__approvedVersion?: InputMaybe<VersionsJobDescription_Version__ApprovedVersion_Operator>;
  version__contentCheck__descriptionWords?: InputMaybe<VersionsJobDescription_Version__ContentCheck__DescriptionWords_Operator>;
  version__contentCheck__missingForSearch?: InputMaybe<VersionsJobDescription_Version__ContentCheck__MissingForSearch_Operator>;
  version__contentCheck__preferredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__PreferredRequirements_Operator>;
  version__contentCheck__readabilityGrade?: InputMaybe<VersionsJobDescription_Version__ContentCheck__ReadabilityGrade_Operator>;
  version__contentCheck__requiredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__RequiredRequirements_Operator>;
  version__contentCheck__warnings?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Warnings_Operator>;
  version__contentCheck__wording__category?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Category_Operator>;
  version__contentCheck__wording__id?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Id_Operator>;
  version__contentCheck__wording__term?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Term_Operator>;
  version__createdAt?: InputMaybe<VersionsJobDescription_Version__CreatedAt_Operator>;
  version__datePosted?: InputMaybe<VersionsJobDescription_Version__DatePosted_Operator>;
  version__department?: InputMaybe<VersionsJobDescription_Version__Department_Operator>;
  version__descriptionHtml?: InputMaybe<VersionsJobDescription_Version__DescriptionHtml_Operator>;
  version__descriptionPlain?: InputMaybe<VersionsJobDescription_Version__DescriptionPlain_Operator>;
  version__directApply?: InputMaybe<VersionsJobDescription_Version__DirectApply_Operator>;
  version__employmentType?: InputMaybe<VersionsJobDescription_Version__EmploymentType_Operator>;
  version__faqs?: InputMaybe<VersionsJobDescription_Version__Faqs_Operator>;
  version__jobPostingJsonLd?: InputMaybe<VersionsJobDescription_Version__JobPostingJsonLd_Operator>;
  version__kind?: InputMaybe<VersionsJobDescription_Version__Kind_Operator>;
  version__locations__city?: InputMaybe<VersionsJobDescription_Version__Locations__City_Operator>;
  version__locations__country?: InputMaybe<VersionsJobDescription_Version__Locations__Country_Operator>;
  version__locations__id?: InputMaybe<VersionsJobDescription_Version__Locations__Id_Operator>;
  version__locations__label?: InputMaybe<VersionsJobDescription_Version__Locations__Label_Operator>;
  version__locations__postalCode?: InputMaybe<VersionsJobDescription_Version__Locations__PostalCode_Operator>;
  version__locations__region?: InputMaybe<VersionsJobDescription_Version__Locations__Region_Operator>;
  version__locations__streetAddress?: InputMaybe<VersionsJobDescription_Version__Locations__StreetAddress_Operator>;
  version__notesForAuthors?: InputMaybe<VersionsJobDescription_Version__NotesForAuthors_Operator>;
  version__notesForAuthorsHtml?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsHtml_Operator>;
  version__notesForAuthorsPlain?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsPlain_Operator>;
  version__overview?: InputMaybe<VersionsJobDescription_Version__Overview_Operator>;
  version__overviewHtml?: InputMaybe<VersionsJobDescription_Version__OverviewHtml_Operator>;
  version__overviewPlain?: InputMaybe<VersionsJobDescription_Version__OverviewPlain_Operator>;
  version__placeholders__id?: InputMaybe<VersionsJobDescription_Version__Placeholders__Id_Operator>;
  version__placeholders__key?: InputMaybe<VersionsJobDescription_Version__Placeholders__Key_Operator>;
  version__placeholders__kind?: InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Operator>;
  version__placeholders__token?: InputMaybe<VersionsJobDescription_Version__Placeholders__Token_Operator>;
  version__placeholders__where?: InputMaybe<VersionsJobDescription_Version__Placeholders__Where_Operator>;
  version__reportsTo?: InputMaybe<VersionsJobDescription_Version__ReportsTo_Operator>;
  version__requirements?: InputMaybe<VersionsJobDescription_Version__Requirements_Operator>;
  version__responsibilities?: InputMaybe<VersionsJobDescription_Version__Responsibilities_Operator>;
  version__salary__currency?: InputMaybe<VersionsJobDescription_Version__Salary__Currency_Operator>;
  version__salary__interval?: InputMaybe<VersionsJobDescription_Version__Salary__Interval_Operator>;
  version__salary__max?: InputMaybe<VersionsJobDescription_Version__Salary__Max_Operator>;
  version__salary__min?: InputMaybe<VersionsJobDescription_Version__Salary__Min_Operator>;
  version__slug?: InputMaybe<VersionsJobDescription_Version__Slug_Operator>;
  version__stage?: InputMaybe<VersionsJobDescription_Version__Stage_Operator>;
  version__summary?: InputMaybe<VersionsJobDescription_Version__Summary_Operator>;
  version__summaryHtml?: InputMaybe<VersionsJobDescription_Version__SummaryHtml_Operator>;
  version__summaryPlain?: InputMaybe<VersionsJobDescription_Version__SummaryPlain_Operator>;
  version__template?: InputMaybe<VersionsJobDescription_Version__Template_Operator>;
  version__title?: InputMaybe<VersionsJobDescription_Version__Title_Operator>;
  version__updatedAt?: InputMaybe<VersionsJobDescription_Version__UpdatedAt_Operator>;
  version__validThrough?: InputMaybe<VersionsJobDescription_Version__ValidThrough_Operator>;
  version__workplaceType?: InputMaybe<VersionsJobDescription_Version__WorkplaceType_Operator>;
};

export type VersionsJobDescription_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_Or>>>;
  createdAt?: InputMaybe<VersionsJobDescription_CreatedAt_Operator>;
  id?: InputMaybe<VersionsJobDescription_Id_Operator>;
  latest?: InputMaybe<VersionsJobDescription_Latest_Operator>;
  parent?: InputMaybe<VersionsJobDescription_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsJobDescription_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsJobDescription_Version___Status_Operator>;
  version__applyUrl?: InputMaybe<VersionsJobDescription_Version__ApplyUrl_Operator>;
  version__approvedVersion?: InputMaybe<VersionsJobDescription_Version__ApprovedVersion_Operator>;
  version__contentCheck__descriptionWords?: InputMaybe<VersionsJobDescription_Version__ContentCheck__DescriptionWords_Operator>;
  version__contentCheck__missingForSearch?: InputMaybe<VersionsJobDescription_Version__ContentCheck__MissingForSearch_Operator>;
  version__contentCheck__preferredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__PreferredRequirements_Operator>;
  version__contentCheck__readabilityGrade?: InputMaybe<VersionsJobDescription_Version__ContentCheck__ReadabilityGrade_Operator>;
  version__contentCheck__requiredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__RequiredRequirements_Operator>;
  version__contentCheck__warnings?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Warnings_Operator>;
  version__contentCheck__wording__category?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Category_Operator>;
  version__contentCheck__wording__id?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Id_Operator>;
  version__contentCheck__wording__term?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Term_Operator>;
  version__createdAt?: InputMaybe<VersionsJobDescription_Version__CreatedAt_Operator>;
  version__datePosted?: InputMaybe<VersionsJobDescription_Version__DatePosted_Operator>;
  version__department?: InputMaybe<VersionsJobDescription_Version__Department_Operator>;
  version__descriptionHtml?: InputMaybe<VersionsJobDescription_Version__DescriptionHtml_Operator>;
  version__descriptionPlain?: InputMaybe<VersionsJobDescription_Version__DescriptionPlain_Operator>;
  version__directApply?: InputMaybe<VersionsJobDescription_Version__DirectApply_Operator>;
  version__employmentType?: InputMaybe<VersionsJobDescription_Version__EmploymentType_Operator>;
  version__faqs?: InputMaybe<VersionsJobDescription_Version__Faqs_Operator>;
  version__jobPostingJsonLd?: InputMaybe<VersionsJobDescription_Version__JobPostingJsonLd_Operator>;
  version__kind?: InputMaybe<VersionsJobDescription_Version__Kind_Operator>;
  version__locations__city?: InputMaybe<VersionsJobDescription_Version__Locations__City_Operator>;
  version__locations__country?: InputMaybe<VersionsJobDescription_Version__Locations__Country_Operator>;
  version__locations__id?: InputMaybe<VersionsJobDescription_Version__Locations__Id_Operator>;
  version__locations__label?: InputMaybe<VersionsJobDescription_Version__Locations__Label_Operator>;
  version__locations__postalCode?: InputMaybe<VersionsJobDescription_Version__Locations__PostalCode_Operator>;
  version__locations__region?: InputMaybe<VersionsJobDescription_Version__Locations__Region_Operator>;
  version__locations__streetAddress?: InputMaybe<VersionsJobDescription_Version__Locations__StreetAddress_Operator>;
  version__notesForAuthors?: InputMaybe<VersionsJobDescription_Version__NotesForAuthors_Operator>;
  version__notesForAuthorsHtml?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsHtml_Operator>;
  version__notesForAuthorsPlain?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsPlain_Operator>;
  version__overview?: InputMaybe<VersionsJobDescription_Version__Overview_Operator>;
  version__overviewHtml?: InputMaybe<VersionsJobDescription_Version__OverviewHtml_Operator>;
  version__overviewPlain?: InputMaybe<VersionsJobDescription_Version__OverviewPlain_Operator>;
  version__placeholders__id?: InputMaybe<VersionsJobDescription_Version__Placeholders__Id_Operator>;
  version__placeholders__key?: InputMaybe<VersionsJobDescription_Version__Placeholders__Key_Operator>;
  version__placeholders__kind?: InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Operator>;
  version__placeholders__token?: InputMaybe<VersionsJobDescription_Version__Placeholders__Token_Operator>;
  version__placeholders__where?: InputMaybe<VersionsJobDescription_Version__Placeholders__Where_Operator>;
  version__reportsTo?: InputMaybe<VersionsJobDescription_Version__ReportsTo_Operator>;
  version__requirements?: InputMaybe<VersionsJobDescription_Version__Requirements_Operator>;
  version__responsibilities?: InputMaybe<VersionsJobDescription_Version__Responsibilities_Operator>;
  version__salary__currency?: InputMaybe<VersionsJobDescription_Version__Salary__Currency_Operator>;
  version__salary__interval?: InputMaybe<VersionsJobDescription_Version__Salary__Interval_Operator>;
  version__salary__max?: InputMaybe<VersionsJobDescription_Version__Salary__Max_Operator>;
  version__salary__min?: InputMaybe<VersionsJobDescription_Version__Salary__Min_Operator>;
  version__slug?: InputMaybe<VersionsJobDescription_Version__Slug_Operator>;
  version__stage?: InputMaybe<VersionsJobDescription_Version__Stage_Operator>;
  version__summary?: InputMaybe<VersionsJobDescription_Version__Summary_Operator>;
  version__summaryHtml?: InputMaybe<VersionsJobDescription_Version__SummaryHtml_Operator>;
  version__summaryPlain?: InputMaybe<VersionsJobDescription_Version__SummaryPlain_Operator>;
  version__template?: InputMaybe<VersionsJobDescription_Version__Template_Operator>;
  version__title?: InputMaybe<VersionsJobDescription_Version__Title_Operator>;
  version__updatedAt?: InputMaybe<VersionsJobDescription_Version__UpdatedAt_Operator>;
  version__validThrough?: InputMaybe<VersionsJobDescription_Version__ValidThrough_Operator>;
  version__workplaceType?: InputMaybe<VersionsJobDescription_Version__WorkplaceType_Operator>;
};

export type VersionsJobDescription_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsJobDescription_Where_Or>>>;
  createdAt?: InputMaybe<VersionsJobDescription_CreatedAt_Operator>;
  id?: InputMaybe<VersionsJobDescription_Id_Operator>;
  latest?: InputMaybe<VersionsJobDescription_Latest_Operator>;
  parent?: InputMaybe<VersionsJobDescription_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsJobDescription_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsJobDescription_Version___Status_Operator>;
  version__applyUrl?: InputMaybe<VersionsJobDescription_Version__ApplyUrl_Operator>;
  version__approvedVersion?: InputMaybe<VersionsJobDescription_Version__ApprovedVersion_Operator>;
  version__contentCheck__descriptionWords?: InputMaybe<VersionsJobDescription_Version__ContentCheck__DescriptionWords_Operator>;
  version__contentCheck__missingForSearch?: InputMaybe<VersionsJobDescription_Version__ContentCheck__MissingForSearch_Operator>;
  version__contentCheck__preferredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__PreferredRequirements_Operator>;
  version__contentCheck__readabilityGrade?: InputMaybe<VersionsJobDescription_Version__ContentCheck__ReadabilityGrade_Operator>;
  version__contentCheck__requiredRequirements?: InputMaybe<VersionsJobDescription_Version__ContentCheck__RequiredRequirements_Operator>;
  version__contentCheck__warnings?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Warnings_Operator>;
  version__contentCheck__wording__category?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Category_Operator>;
  version__contentCheck__wording__id?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Id_Operator>;
  version__contentCheck__wording__term?: InputMaybe<VersionsJobDescription_Version__ContentCheck__Wording__Term_Operator>;
  version__createdAt?: InputMaybe<VersionsJobDescription_Version__CreatedAt_Operator>;
  version__datePosted?: InputMaybe<VersionsJobDescription_Version__DatePosted_Operator>;
  version__department?: InputMaybe<VersionsJobDescription_Version__Department_Operator>;
  version__descriptionHtml?: InputMaybe<VersionsJobDescription_Version__DescriptionHtml_Operator>;
  version__descriptionPlain?: InputMaybe<VersionsJobDescription_Version__DescriptionPlain_Operator>;
  version__directApply?: InputMaybe<VersionsJobDescription_Version__DirectApply_Operator>;
  version__employmentType?: InputMaybe<VersionsJobDescription_Version__EmploymentType_Operator>;
  version__faqs?: InputMaybe<VersionsJobDescription_Version__Faqs_Operator>;
  version__jobPostingJsonLd?: InputMaybe<VersionsJobDescription_Version__JobPostingJsonLd_Operator>;
  version__kind?: InputMaybe<VersionsJobDescription_Version__Kind_Operator>;
  version__locations__city?: InputMaybe<VersionsJobDescription_Version__Locations__City_Operator>;
  version__locations__country?: InputMaybe<VersionsJobDescription_Version__Locations__Country_Operator>;
  version__locations__id?: InputMaybe<VersionsJobDescription_Version__Locations__Id_Operator>;
  version__locations__label?: InputMaybe<VersionsJobDescription_Version__Locations__Label_Operator>;
  version__locations__postalCode?: InputMaybe<VersionsJobDescription_Version__Locations__PostalCode_Operator>;
  version__locations__region?: InputMaybe<VersionsJobDescription_Version__Locations__Region_Operator>;
  version__locations__streetAddress?: InputMaybe<VersionsJobDescription_Version__Locations__StreetAddress_Operator>;
  version__notesForAuthors?: InputMaybe<VersionsJobDescription_Version__NotesForAuthors_Operator>;
  version__notesForAuthorsHtml?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsHtml_Operator>;
  version__notesForAuthorsPlain?: InputMaybe<VersionsJobDescription_Version__NotesForAuthorsPlain_Operator>;
  version__overview?: InputMaybe<VersionsJobDescription_Version__Overview_Operator>;
  version__overviewHtml?: InputMaybe<VersionsJobDescription_Version__OverviewHtml_Operator>;
  version__overviewPlain?: InputMaybe<VersionsJobDescription_Version__OverviewPlain_Operator>;
  version__placeholders__id?: InputMaybe<VersionsJobDescription_Version__Placeholders__Id_Operator>;
  version__placeholders__key?: InputMaybe<VersionsJobDescription_Version__Placeholders__Key_Operator>;
  version__placeholders__kind?: InputMaybe<VersionsJobDescription_Version__Placeholders__Kind_Operator>;
  version__placeholders__token?: InputMaybe<VersionsJobDescription_Version__Placeholders__Token_Operator>;
  version__placeholders__where?: InputMaybe<VersionsJobDescription_Version__Placeholders__Where_Operator>;
  version__reportsTo?: InputMaybe<VersionsJobDescription_Version__ReportsTo_Operator>;
  version__requirements?: InputMaybe<VersionsJobDescription_Version__Requirements_Operator>;
  version__responsibilities?: InputMaybe<VersionsJobDescription_Version__Responsibilities_Operator>;
  version__salary__currency?: InputMaybe<VersionsJobDescription_Version__Salary__Currency_Operator>;
  version__salary__interval?: InputMaybe<VersionsJobDescription_Version__Salary__Interval_Operator>;
  version__salary__max?: InputMaybe<VersionsJobDescription_Version__Salary__Max_Operator>;
  version__salary__min?: InputMaybe<VersionsJobDescription_Version__Salary__Min_Operator>;
  version__slug?: InputMaybe<VersionsJobDescription_Version__Slug_Operator>;
  version__stage?: InputMaybe<VersionsJobDescription_Version__Stage_Operator>;
  version__summary?: InputMaybe<VersionsJobDescription_Version__Summary_Operator>;
  version__summaryHtml?: InputMaybe<VersionsJobDescription_Version__SummaryHtml_Operator>;
  version__summaryPlain?: InputMaybe<VersionsJobDescription_Version__SummaryPlain_Operator>;
  version__template?: InputMaybe<VersionsJobDescription_Version__Template_Operator>;
  version__title?: InputMaybe<VersionsJobDescription_Version__Title_Operator>;
  version__updatedAt?: InputMaybe<VersionsJobDescription_Version__UpdatedAt_Operator>;
  version__validThrough?: InputMaybe<VersionsJobDescription_Version__ValidThrough_Operator>;
  version__workplaceType?: InputMaybe<VersionsJobDescription_Version__WorkplaceType_Operator>;
};

export type VersionsRequirement_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsRequirement_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type VersionsRequirement_Latest_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VersionsRequirement_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsRequirement_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsRequirement_Version___Status_Input =
  | 'draft'
  | 'published';

export type VersionsRequirement_Version___Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version___Status_Input>>>;
  equals?: InputMaybe<VersionsRequirement_Version___Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version___Status_Input>>>;
  not_equals?: InputMaybe<VersionsRequirement_Version___Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version___Status_Input>>>;
};

export type VersionsRequirement_Version__ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsRequirement_Version__Category_Input =
  | 'certification'
  | 'education'
  | 'experience'
  | 'other'
  | 'soft_skill'
  | 'technical_skill';

export type VersionsRequirement_Version__Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Category_Input>>>;
  equals?: InputMaybe<VersionsRequirement_Version__Category_Input>;
  in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Category_Input>>>;
  not_equals?: InputMaybe<VersionsRequirement_Version__Category_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Category_Input>>>;
};

export type VersionsRequirement_Version__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsRequirement_Version__Level_Input =
  | 'preferred'
  | 'required';

export type VersionsRequirement_Version__Level_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Level_Input>>>;
  equals?: InputMaybe<VersionsRequirement_Version__Level_Input>;
  in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Level_Input>>>;
  not_equals?: InputMaybe<VersionsRequirement_Version__Level_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Level_Input>>>;
};

export type VersionsRequirement_Version__MinimumYears_Operator = {
  equals?: InputMaybe<Scalars['Float']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Float']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Float']['input']>;
  less_than?: InputMaybe<Scalars['Float']['input']>;
  less_than_equal?: InputMaybe<Scalars['Float']['input']>;
  not_equals?: InputMaybe<Scalars['Float']['input']>;
};

export type VersionsRequirement_Version__Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type VersionsRequirement_Version__Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Stage_Input>>>;
  equals?: InputMaybe<VersionsRequirement_Version__Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Stage_Input>>>;
  not_equals?: InputMaybe<VersionsRequirement_Version__Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsRequirement_Version__Stage_Input>>>;
};

export type VersionsRequirement_Version__Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
};

export type VersionsRequirement_Version__UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsRequirement_Where = {
  AND?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_Or>>>;
  createdAt?: InputMaybe<VersionsRequirement_CreatedAt_Operator>;
  id?: InputMaybe<VersionsRequirement_Id_Operator>;
  latest?: InputMaybe<VersionsRequirement_Latest_Operator>;
  parent?: InputMaybe<VersionsRequirement_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsRequirement_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsRequirement_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsRequirement_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsRequirement_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsRequirement_Version__CreatedAt_Operator>;
  version__level?: InputMaybe<VersionsRequirement_Version__Level_Operator>;
  version__minimumYears?: InputMaybe<VersionsRequirement_Version__MinimumYears_Operator>;
  version__stage?: InputMaybe<VersionsRequirement_Version__Stage_Operator>;
  version__text?: InputMaybe<VersionsRequirement_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsRequirement_Version__UpdatedAt_Operator>;
};

export type VersionsRequirement_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_Or>>>;
  createdAt?: InputMaybe<VersionsRequirement_CreatedAt_Operator>;
  id?: InputMaybe<VersionsRequirement_Id_Operator>;
  latest?: InputMaybe<VersionsRequirement_Latest_Operator>;
  parent?: InputMaybe<VersionsRequirement_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsRequirement_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsRequirement_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsRequirement_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsRequirement_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsRequirement_Version__CreatedAt_Operator>;
  version__level?: InputMaybe<VersionsRequirement_Version__Level_Operator>;
  version__minimumYears?: InputMaybe<VersionsRequirement_Version__MinimumYears_Operator>;
  version__stage?: InputMaybe<VersionsRequirement_Version__Stage_Operator>;
  version__text?: InputMaybe<VersionsRequirement_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsRequirement_Version__UpdatedAt_Operator>;
};

export type VersionsRequirement_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsRequirement_Where_Or>>>;
  createdAt?: InputMaybe<VersionsRequirement_CreatedAt_Operator>;
  id?: InputMaybe<VersionsRequirement_Id_Operator>;
  latest?: InputMaybe<VersionsRequirement_Latest_Operator>;
  parent?: InputMaybe<VersionsRequirement_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsRequirement_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsRequirement_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsRequirement_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsRequirement_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsRequirement_Version__CreatedAt_Operator>;
  version__level?: InputMaybe<VersionsRequirement_Version__Level_Operator>;
  version__minimumYears?: InputMaybe<VersionsRequirement_Version__MinimumYears_Operator>;
  version__stage?: InputMaybe<VersionsRequirement_Version__Stage_Operator>;
  version__text?: InputMaybe<VersionsRequirement_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsRequirement_Version__UpdatedAt_Operator>;
};

export type VersionsResponsibility_CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsResponsibility_Id_Operator = {
  equals?: InputMaybe<Scalars['Int']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['Int']['input']>;
  greater_than_equal?: InputMaybe<Scalars['Int']['input']>;
  less_than?: InputMaybe<Scalars['Int']['input']>;
  less_than_equal?: InputMaybe<Scalars['Int']['input']>;
  not_equals?: InputMaybe<Scalars['Int']['input']>;
};

export type VersionsResponsibility_Latest_Operator = {
  equals?: InputMaybe<Scalars['Boolean']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  not_equals?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VersionsResponsibility_Parent_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  equals?: InputMaybe<Scalars['JSON']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  not_equals?: InputMaybe<Scalars['JSON']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
};

export type VersionsResponsibility_UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsResponsibility_Version___Status_Input =
  | 'draft'
  | 'published';

export type VersionsResponsibility_Version___Status_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version___Status_Input>>>;
  equals?: InputMaybe<VersionsResponsibility_Version___Status_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version___Status_Input>>>;
  not_equals?: InputMaybe<VersionsResponsibility_Version___Status_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version___Status_Input>>>;
};

export type VersionsResponsibility_Version__ApprovedVersion_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsResponsibility_Version__Category_Input =
  | 'additional'
  | 'primary';

export type VersionsResponsibility_Version__Category_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Category_Input>>>;
  equals?: InputMaybe<VersionsResponsibility_Version__Category_Input>;
  in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Category_Input>>>;
  not_equals?: InputMaybe<VersionsResponsibility_Version__Category_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Category_Input>>>;
};

export type VersionsResponsibility_Version__CreatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsResponsibility_Version__Stage_Input =
  | 'approved'
  | 'changes_requested'
  | 'draft'
  | 'in_review'
  | 'published';

export type VersionsResponsibility_Version__Stage_Operator = {
  all?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Stage_Input>>>;
  equals?: InputMaybe<VersionsResponsibility_Version__Stage_Input>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Stage_Input>>>;
  not_equals?: InputMaybe<VersionsResponsibility_Version__Stage_Input>;
  not_in?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Version__Stage_Input>>>;
};

export type VersionsResponsibility_Version__Tags_Operator = {
  all?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
  not_in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type VersionsResponsibility_Version__Text_Operator = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
  like?: InputMaybe<Scalars['String']['input']>;
  not_equals?: InputMaybe<Scalars['String']['input']>;
};

export type VersionsResponsibility_Version__UpdatedAt_Operator = {
  equals?: InputMaybe<Scalars['DateTime']['input']>;
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  greater_than?: InputMaybe<Scalars['DateTime']['input']>;
  greater_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  less_than?: InputMaybe<Scalars['DateTime']['input']>;
  less_than_equal?: InputMaybe<Scalars['DateTime']['input']>;
  like?: InputMaybe<Scalars['DateTime']['input']>;
  not_equals?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VersionsResponsibility_Where = {
  AND?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_Or>>>;
  createdAt?: InputMaybe<VersionsResponsibility_CreatedAt_Operator>;
  id?: InputMaybe<VersionsResponsibility_Id_Operator>;
  latest?: InputMaybe<VersionsResponsibility_Latest_Operator>;
  parent?: InputMaybe<VersionsResponsibility_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsResponsibility_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsResponsibility_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsResponsibility_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsResponsibility_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsResponsibility_Version__CreatedAt_Operator>;
  version__stage?: InputMaybe<VersionsResponsibility_Version__Stage_Operator>;
  version__tags?: InputMaybe<VersionsResponsibility_Version__Tags_Operator>;
  version__text?: InputMaybe<VersionsResponsibility_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsResponsibility_Version__UpdatedAt_Operator>;
};

export type VersionsResponsibility_Where_And = {
  AND?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_Or>>>;
  createdAt?: InputMaybe<VersionsResponsibility_CreatedAt_Operator>;
  id?: InputMaybe<VersionsResponsibility_Id_Operator>;
  latest?: InputMaybe<VersionsResponsibility_Latest_Operator>;
  parent?: InputMaybe<VersionsResponsibility_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsResponsibility_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsResponsibility_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsResponsibility_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsResponsibility_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsResponsibility_Version__CreatedAt_Operator>;
  version__stage?: InputMaybe<VersionsResponsibility_Version__Stage_Operator>;
  version__tags?: InputMaybe<VersionsResponsibility_Version__Tags_Operator>;
  version__text?: InputMaybe<VersionsResponsibility_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsResponsibility_Version__UpdatedAt_Operator>;
};

export type VersionsResponsibility_Where_Or = {
  AND?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_And>>>;
  OR?: InputMaybe<Array<InputMaybe<VersionsResponsibility_Where_Or>>>;
  createdAt?: InputMaybe<VersionsResponsibility_CreatedAt_Operator>;
  id?: InputMaybe<VersionsResponsibility_Id_Operator>;
  latest?: InputMaybe<VersionsResponsibility_Latest_Operator>;
  parent?: InputMaybe<VersionsResponsibility_Parent_Operator>;
  updatedAt?: InputMaybe<VersionsResponsibility_UpdatedAt_Operator>;
  version___status?: InputMaybe<VersionsResponsibility_Version___Status_Operator>;
  version__approvedVersion?: InputMaybe<VersionsResponsibility_Version__ApprovedVersion_Operator>;
  version__category?: InputMaybe<VersionsResponsibility_Version__Category_Operator>;
  version__createdAt?: InputMaybe<VersionsResponsibility_Version__CreatedAt_Operator>;
  version__stage?: InputMaybe<VersionsResponsibility_Version__Stage_Operator>;
  version__tags?: InputMaybe<VersionsResponsibility_Version__Tags_Operator>;
  version__text?: InputMaybe<VersionsResponsibility_Version__Text_Operator>;
  version__updatedAt?: InputMaybe<VersionsResponsibility_Version__UpdatedAt_Operator>;
};

export type CareersFaqsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CareersFaqsQuery = { __typename?: 'Query', Faqs?: { __typename?: 'Faqs', docs: Array<{ __typename?: 'Faq', id: number, question?: string | null, answerHtml?: string | null, answerPlain?: string | null }> } | null };

export type CareersFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CareersFilterOptionsQuery = { __typename?: 'Query', CareersFilterOptions: { __typename?: 'CareersFilterOptions', departments: Array<string>, employmentTypes: Array<string>, workplaceTypes: Array<string>, locations: Array<{ __typename?: 'CareersLocationOption', city?: string | null, country: string, label: string }> } };

export type PostingSummaryFragment = { __typename?: 'JobDescription', id: number, slug?: string | null, title?: string | null, department?: string | null, workplaceType?: JobDescription_WorkplaceType | null, employmentType?: Array<JobDescription_EmploymentType> | null, summaryPlain?: string | null, datePosted?: string | null, validThrough?: string | null, locations?: Array<{ __typename?: 'JobDescription_Locations', city?: string | null, region?: string | null, country?: string | null }> | null, salary?: { __typename?: 'JobDescription_Salary', min?: number | null, max?: number | null, currency?: string | null, interval?: JobDescription_Salary_Interval | null } | null };

export type PostingDetailFragment = { __typename?: 'JobDescription', reportsTo?: string | null, summaryHtml?: string | null, overviewHtml?: string | null, overviewPlain?: string | null, descriptionHtml?: string | null, descriptionPlain?: string | null, applyUrl?: string | null, directApply?: boolean | null, jobPostingJsonLd?: unknown | null, id: number, slug?: string | null, title?: string | null, department?: string | null, workplaceType?: JobDescription_WorkplaceType | null, employmentType?: Array<JobDescription_EmploymentType> | null, summaryPlain?: string | null, datePosted?: string | null, validThrough?: string | null, responsibilities?: Array<{ __typename?: 'Responsibility', id: number, text?: string | null, category?: Responsibility_Category | null }> | null, requirements?: Array<{ __typename?: 'Requirement', id: number, text?: string | null, category?: Requirement_Category | null, level?: Requirement_Level | null, minimumYears?: number | null }> | null, faqs?: Array<{ __typename?: 'Faq', id: number, question?: string | null, answerHtml?: string | null, answerPlain?: string | null }> | null, locations?: Array<{ __typename?: 'JobDescription_Locations', city?: string | null, region?: string | null, country?: string | null }> | null, salary?: { __typename?: 'JobDescription_Salary', min?: number | null, max?: number | null, currency?: string | null, interval?: JobDescription_Salary_Interval | null } | null };

export type CareersPostingBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CareersPostingBySlugQuery = { __typename?: 'Query', JobDescriptions?: { __typename?: 'JobDescriptions', docs: Array<{ __typename?: 'JobDescription', reportsTo?: string | null, summaryHtml?: string | null, overviewHtml?: string | null, overviewPlain?: string | null, descriptionHtml?: string | null, descriptionPlain?: string | null, applyUrl?: string | null, directApply?: boolean | null, jobPostingJsonLd?: unknown | null, id: number, slug?: string | null, title?: string | null, department?: string | null, workplaceType?: JobDescription_WorkplaceType | null, employmentType?: Array<JobDescription_EmploymentType> | null, summaryPlain?: string | null, datePosted?: string | null, validThrough?: string | null, responsibilities?: Array<{ __typename?: 'Responsibility', id: number, text?: string | null, category?: Responsibility_Category | null }> | null, requirements?: Array<{ __typename?: 'Requirement', id: number, text?: string | null, category?: Requirement_Category | null, level?: Requirement_Level | null, minimumYears?: number | null }> | null, faqs?: Array<{ __typename?: 'Faq', id: number, question?: string | null, answerHtml?: string | null, answerPlain?: string | null }> | null, locations?: Array<{ __typename?: 'JobDescription_Locations', city?: string | null, region?: string | null, country?: string | null }> | null, salary?: { __typename?: 'JobDescription_Salary', min?: number | null, max?: number | null, currency?: string | null, interval?: JobDescription_Salary_Interval | null } | null }> } | null };

export type CareersPostingsQueryVariables = Exact<{
  where?: InputMaybe<JobDescription_Where>;
  sort?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CareersPostingsQuery = { __typename?: 'Query', JobDescriptions?: { __typename?: 'JobDescriptions', totalDocs: number, totalPages: number, page: number, limit: number, hasNextPage: boolean, hasPrevPage: boolean, docs: Array<{ __typename?: 'JobDescription', id: number, slug?: string | null, title?: string | null, department?: string | null, workplaceType?: JobDescription_WorkplaceType | null, employmentType?: Array<JobDescription_EmploymentType> | null, summaryPlain?: string | null, datePosted?: string | null, validThrough?: string | null, locations?: Array<{ __typename?: 'JobDescription_Locations', city?: string | null, region?: string | null, country?: string | null }> | null, salary?: { __typename?: 'JobDescription_Salary', min?: number | null, max?: number | null, currency?: string | null, interval?: JobDescription_Salary_Interval | null } | null }> } | null };

export type CareersPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type CareersPreviewQuery = { __typename?: 'Query', CareersPreview?: { __typename?: 'JobDescription', reportsTo?: string | null, summaryHtml?: string | null, overviewHtml?: string | null, overviewPlain?: string | null, descriptionHtml?: string | null, descriptionPlain?: string | null, applyUrl?: string | null, directApply?: boolean | null, jobPostingJsonLd?: unknown | null, id: number, slug?: string | null, title?: string | null, department?: string | null, workplaceType?: JobDescription_WorkplaceType | null, employmentType?: Array<JobDescription_EmploymentType> | null, summaryPlain?: string | null, datePosted?: string | null, validThrough?: string | null, responsibilities?: Array<{ __typename?: 'Responsibility', id: number, text?: string | null, category?: Responsibility_Category | null }> | null, requirements?: Array<{ __typename?: 'Requirement', id: number, text?: string | null, category?: Requirement_Category | null, level?: Requirement_Level | null, minimumYears?: number | null }> | null, faqs?: Array<{ __typename?: 'Faq', id: number, question?: string | null, answerHtml?: string | null, answerPlain?: string | null }> | null, locations?: Array<{ __typename?: 'JobDescription_Locations', city?: string | null, region?: string | null, country?: string | null }> | null, salary?: { __typename?: 'JobDescription_Salary', min?: number | null, max?: number | null, currency?: string | null, interval?: JobDescription_Salary_Interval | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PostingSummaryFragmentDoc = new TypedDocumentString(`
    fragment PostingSummary on JobDescription {
  id
  slug
  title
  department
  workplaceType
  employmentType
  summaryPlain
  datePosted
  validThrough
  locations {
    city
    region
    country
  }
  salary {
    min
    max
    currency
    interval
  }
}
    `, {"fragmentName":"PostingSummary"}) as unknown as TypedDocumentString<PostingSummaryFragment, unknown>;
export const PostingDetailFragmentDoc = new TypedDocumentString(`
    fragment PostingDetail on JobDescription {
  ...PostingSummary
  reportsTo
  summaryHtml
  overviewHtml
  overviewPlain
  descriptionHtml
  descriptionPlain
  applyUrl
  directApply
  jobPostingJsonLd
  responsibilities {
    id
    text
    category
  }
  requirements {
    id
    text
    category
    level
    minimumYears
  }
  faqs {
    id
    question
    answerHtml
    answerPlain
  }
}
    fragment PostingSummary on JobDescription {
  id
  slug
  title
  department
  workplaceType
  employmentType
  summaryPlain
  datePosted
  validThrough
  locations {
    city
    region
    country
  }
  salary {
    min
    max
    currency
    interval
  }
}`, {"fragmentName":"PostingDetail"}) as unknown as TypedDocumentString<PostingDetailFragment, unknown>;
export const CareersFaqsDocument = new TypedDocumentString(`
    query CareersFaqs($limit: Int) {
  Faqs(limit: $limit, sort: "question") {
    docs {
      id
      question
      answerHtml
      answerPlain
    }
  }
}
    `, {"hash":"de5367016e1e48522d141a9fc7fa9be680c61cf2c881eb26e212d0dd7ddbe56c"}) as unknown as TypedDocumentString<CareersFaqsQuery, CareersFaqsQueryVariables>;
export const CareersFilterOptionsDocument = new TypedDocumentString(`
    query CareersFilterOptions {
  CareersFilterOptions {
    departments
    employmentTypes
    workplaceTypes
    locations {
      city
      country
      label
    }
  }
}
    `, {"hash":"9ed8c251ca9c5c769e1ddcec457abcdd2e3c6de5a4f864dc49d6897025de0da5"}) as unknown as TypedDocumentString<CareersFilterOptionsQuery, CareersFilterOptionsQueryVariables>;
export const CareersPostingBySlugDocument = new TypedDocumentString(`
    query CareersPostingBySlug($slug: String!) {
  JobDescriptions(
    where: {slug: {equals: $slug}, kind: {equals: posting}}
    limit: 1
    pagination: false
  ) {
    docs {
      ...PostingDetail
    }
  }
}
    fragment PostingSummary on JobDescription {
  id
  slug
  title
  department
  workplaceType
  employmentType
  summaryPlain
  datePosted
  validThrough
  locations {
    city
    region
    country
  }
  salary {
    min
    max
    currency
    interval
  }
}
fragment PostingDetail on JobDescription {
  ...PostingSummary
  reportsTo
  summaryHtml
  overviewHtml
  overviewPlain
  descriptionHtml
  descriptionPlain
  applyUrl
  directApply
  jobPostingJsonLd
  responsibilities {
    id
    text
    category
  }
  requirements {
    id
    text
    category
    level
    minimumYears
  }
  faqs {
    id
    question
    answerHtml
    answerPlain
  }
}`, {"hash":"499f1ab462cc919d7ac0fc128434706a1a4aa4a33cfdd80e8862459c75797947"}) as unknown as TypedDocumentString<CareersPostingBySlugQuery, CareersPostingBySlugQueryVariables>;
export const CareersPostingsDocument = new TypedDocumentString(`
    query CareersPostings($where: JobDescription_where, $sort: String, $limit: Int, $page: Int) {
  JobDescriptions(
    where: $where
    sort: $sort
    limit: $limit
    page: $page
    select: true
  ) {
    docs {
      ...PostingSummary
    }
    totalDocs
    totalPages
    page
    limit
    hasNextPage
    hasPrevPage
  }
}
    fragment PostingSummary on JobDescription {
  id
  slug
  title
  department
  workplaceType
  employmentType
  summaryPlain
  datePosted
  validThrough
  locations {
    city
    region
    country
  }
  salary {
    min
    max
    currency
    interval
  }
}`, {"hash":"a3eb0c1979cfd598dc2e52ce48ec08a887b7970da2030301ebb1d758b2bcc0cb"}) as unknown as TypedDocumentString<CareersPostingsQuery, CareersPostingsQueryVariables>;
export const CareersPreviewDocument = new TypedDocumentString(`
    query CareersPreview($token: String!) {
  CareersPreview(token: $token) {
    ...PostingDetail
  }
}
    fragment PostingSummary on JobDescription {
  id
  slug
  title
  department
  workplaceType
  employmentType
  summaryPlain
  datePosted
  validThrough
  locations {
    city
    region
    country
  }
  salary {
    min
    max
    currency
    interval
  }
}
fragment PostingDetail on JobDescription {
  ...PostingSummary
  reportsTo
  summaryHtml
  overviewHtml
  overviewPlain
  descriptionHtml
  descriptionPlain
  applyUrl
  directApply
  jobPostingJsonLd
  responsibilities {
    id
    text
    category
  }
  requirements {
    id
    text
    category
    level
    minimumYears
  }
  faqs {
    id
    question
    answerHtml
    answerPlain
  }
}`, {"hash":"ccacdb3bfecb8c30d1955f6aa7e0368dc431f0fda35838128b81d0576385fa94"}) as unknown as TypedDocumentString<CareersPreviewQuery, CareersPreviewQueryVariables>;