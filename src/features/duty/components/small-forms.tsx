"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form/form-status";
import { useActionMessages } from "@/components/form/use-action-messages";
import { Button, Card, Field } from "@/components/ui";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { createCourseAction, enrolmentAction, learningAction, materialAction, publishStoryAction, reflectionAction, storyAction } from "../actions";
import { ChoiceField, DeputyChecklist, TextAreaField } from "./fields";

/** A deputy's study reflection; its characters are counted on the server. */
export function ReflectionForm({ today }: { today: string }) {
  const t = useTranslations("duty.study");
  const [state, action, pending] = useActionState(reflectionAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  // kept in state: a refused reflection is not lost (React resets an uncontrolled form after its action)
  const [v, setV] = useState({ title: "", studiedOn: "", body: "" });
  const bind = (name: keyof typeof v) => ({ value: v[name], onChange: (e: { target: { value: string } }) => setV((old) => ({ ...old, [name]: e.target.value })) });
  return (
    <Card title={t("new")}>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <Field name="title" label={t("titleField")} required maxLength={120} {...bind("title")} error={fieldError("title")} />
        <Field name="studiedOn" type="date" max={today} label={t("studiedOn")} required {...bind("studiedOn")} error={fieldError("studiedOn")} />
        <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} rows={8} {...bind("body")} error={fieldError("body")} />
        <Button type="submit" pending={pending}>{t("submit")}</Button>
      </form>
    </Card>
  );
}

export function CourseForm({ audiences }: { audiences: readonly string[] }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(createCourseAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card title={t("training.new")}>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <Field name="title" label={t("training.titleField")} required maxLength={120} error={fieldError("title")} />
        <ChoiceField name="audience" label={t("training.audience")} options={audiences.map((a) => ({ value: a, label: t(`audience.${a}` as "audience.DEPUTIES") }))} error={fieldError("audience")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startsOn" type="date" label={t("training.startsOn")} required error={fieldError("startsOn")} />
          <Field name="endsOn" type="date" label={t("training.endsOn")} required error={fieldError("endsOn")} />
        </div>
        <Field name="place" label={t("training.place")} required maxLength={120} error={fieldError("place")} />
        <TextAreaField name="description" label={t("training.description")} rows={3} error={fieldError("description")} />
        <Button type="submit" pending={pending}>{t("training.create")}</Button>
      </form>
    </Card>
  );
}

export function EnrolmentForm({ courseId, deputies }: { courseId: string; deputies: readonly { id: string; name: string }[] }) {
  const t = useTranslations("duty.training");
  const [state, action, pending] = useActionState(enrolmentAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card title={t("roster")}>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="courseId" value={courseId} />
        <DeputyChecklist deputies={deputies} label={t("deputies")} error={fieldError("deputyIds")} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="mode" value="enrol" variant="secondary" pending={pending}>{t("enrol")}</Button>
          <Button type="submit" name="mode" value="attended" disabled={pending}>{t("markAttended")}</Button>
        </div>
      </form>
    </Card>
  );
}

export function MaterialForm({ courseId }: { courseId: string }) {
  const t = useTranslations("duty.training");
  const [state, action, pending] = useActionState(materialAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <form action={action} className="mt-3 space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="courseId" value={courseId} />
      <Field name="file" type="file" label={t("file")} hint={t("fileHint")} error={fieldError("file")} />
      <Button type="submit" variant="secondary" pending={pending}>{t("upload")}</Button>
    </form>
  );
}

export function LearningForm({ kinds }: { kinds: readonly string[] }) {
  const t = useTranslations("duty");
  const [state, action, pending] = useActionState(learningAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card title={t("learning.new")}>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <ChoiceField name="kind" label={t("learning.kind")} options={kinds.map((k) => ({ value: k, label: t(`learningKind.${k}` as "learningKind.LINK") }))} error={fieldError("kind")} />
        <Field name="title" label={t("learning.titleField")} required maxLength={120} error={fieldError("title")} />
        <TextAreaField name="body" label={t("learning.body")} rows={5} error={fieldError("body")} />
        <Field name="url" type="url" label={t("learning.url")} maxLength={500} error={fieldError("url")} />
        <Field name="file" type="file" label={t("learning.file")} hint={t("training.fileHint")} error={fieldError("file")} />
        <Button type="submit" pending={pending}>{t("learning.submit")}</Button>
      </form>
    </Card>
  );
}

export function StoryForm({ deputies }: { deputies: readonly { id: string; name: string }[] }) {
  const t = useTranslations("duty.stories");
  const [state, action, pending] = useActionState(storyAction, INITIAL_ACTION_STATE);
  const { fieldError } = useActionMessages(state);
  return (
    <Card title={t("manageTitle")}>
      <form action={action} className="space-y-4" noValidate>
        <FormStatus state={state} />
        <ChoiceField name="deputyId" label={t("deputy")} placeholder="" options={deputies.map((d) => ({ value: d.id, label: d.name }))} error={fieldError("deputyId")} />
        <Field name="title" label={t("titleField")} required maxLength={120} error={fieldError("title")} />
        <TextAreaField name="body" label={t("body")} rows={8} error={fieldError("body")} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" value="on" />
          {t("publishNow")}
        </label>
        <Button type="submit" pending={pending}>{t("create")}</Button>
      </form>
    </Card>
  );
}

export function PublishStoryButton({ storyId }: { storyId: string }) {
  const t = useTranslations("duty.stories");
  const [state, action, pending] = useActionState(publishStoryAction, INITIAL_ACTION_STATE);
  return (
    <form action={action}>
      <FormStatus state={state} />
      <input type="hidden" name="storyId" value={storyId} />
      <Button type="submit" size="sm" variant="secondary" pending={pending}>{t("publish")}</Button>
    </form>
  );
}
