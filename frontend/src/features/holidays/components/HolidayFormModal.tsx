import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { userMessage } from '../../../api/problem';
import { SaveError } from '../../../api/SaveError';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../../../api/types';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { useCreateHoliday, useHolidayApi, useUpdateHoliday } from '../hooks/useHolidays';
import { MAX_YEAR, MIN_YEAR, dayColors, kindProblem } from '../lib/calendar';
import { kindLabel, weekdayInText } from '../lib/labels';

interface Values {
  day?: Dayjs | null;
  kind?: HolidayKind;
  name?: string;
}

const FIELDS = ['day', 'kind', 'name'] as const;
export const NAME_MAX_LENGTH = 200;

function valuesOf(holiday: Holiday | undefined, defaultDay: string | undefined): Values {
  return {
    day: fromIsoDate(holiday?.day ?? defaultDay) ?? null,
    kind: holiday?.kind,
    name: holiday?.name,
  };
}

interface Props {
  /** the day off being edited; undefined to add one */
  holiday?: Holiday;
  /** a new day off on this date ("yyyy-MM-dd"), e.g. the day clicked in the calendar */
  defaultDay?: string;
  /** the days already in the table (of the year shown), to refuse a second entry on a day */
  known: ReadonlyMap<string, Holiday>;
  onClose: () => void;
  onSaved?: (saved: Holiday) => void;
}

/**
 * Adds or edits a day of the holiday table. The form checks what the server checks (one entry
 * a day, the kind fits the weekday), the server's field errors land on the fields, and a stale
 * version (409) offers to reload the day as it is now.
 */
export function HolidayFormModal({ holiday, defaultDay, known, onClose, onSaved }: Props) {
  const { t } = useTranslation('holidays');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const api = useHolidayApi();
  const [form] = Form.useForm<Values>();
  const create = useCreateHoliday();
  const update = useUpdateHoliday();
  const editing = holiday?.id !== undefined;
  const mutation = editing ? update : create;
  const other = useProblemOnForm(form, mutation.error, FIELDS);
  const [version, setVersion] = useState(holiday?.version ?? 0);
  const chosenKind = Form.useWatch('kind', form);

  const submit = (values: Values) => {
    const body = {
      day: toIsoDate(values.day) as string,
      kind: values.kind as HolidayKind,
      name: (values.name ?? '').trim(),
    };
    const done = (saved: Holiday) => {
      const text = { name: saved.name ?? body.name, date: formatDate(saved.day ?? body.day) };
      void message.success(t(editing ? 'saved' : 'created', text));
      onSaved?.(saved);
      onClose();
    };
    if (editing) {
      update.mutate({ id: holiday.id as number, body: { ...body, version } }, { onSuccess: done });
    } else {
      create.mutate(body, { onSuccess: done });
    }
  };

  const reloadLatest = async () => {
    if (holiday?.id === undefined) return;
    let fresh: Holiday;
    try {
      fresh = await api.get(holiday.id);
    } catch (error) {
      void message.error(userMessage(error, tCommon).message);
      return;
    }
    update.reset();
    setVersion(fresh.version ?? 0);
    form.resetFields();
    form.setFieldsValue(valuesOf(fresh, undefined));
    void message.info(tCommon('conflict.reloaded'));
  };

  const dayRule = {
    validator: async (_: unknown, value: Dayjs | null | undefined) => {
      const day = toIsoDate(value);
      if (!day) throw new Error(t('form.requiredDay'));
      const year = Number(day.slice(0, 4));
      if (year < MIN_YEAR || year > MAX_YEAR) throw new Error(t('form.outOfRange'));
      const existing = known.get(day);
      if (existing && existing.id !== holiday?.id) {
        throw new Error(t('form.duplicateDay', { date: formatDate(day), name: existing.name }));
      }
    },
  };
  const kindRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_: unknown, kind: HolidayKind | undefined) => {
      if (!kind) throw new Error(t('form.requiredKind'));
      const day = toIsoDate(getFieldValue('day') as Dayjs | null | undefined);
      const problem = kindProblem(day, kind);
      if (problem && day) {
        throw new Error(t(problem, { date: formatDate(day), weekday: weekdayInText(t, day) }));
      }
    },
  });

  return (
    <Modal
      open
      title={editing ? t('form.editTitle', { name: holiday?.name }) : t('form.createTitle')}
      onCancel={onClose}
      footer={null}
      width={600}
      destroyOnHidden
      data-testid="holiday-form"
    >
      <Flex vertical gap="middle">
        <SaveError
          error={mutation.error}
          otherFieldErrors={other}
          onReload={editing ? () => void reloadLatest() : undefined}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          name="holiday"
          initialValues={valuesOf(holiday, defaultDay)}
          onFinish={submit}
        >
          <Form.Item name="day" label={t('form.day')} required rules={[dayRule]}>
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} data-testid="holiday-day" />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('form.kind')}
            required
            dependencies={['day']}
            rules={[kindRule]}
            extra={chosenKind ? t(`kindHelp.${chosenKind}`) : undefined}
          >
            <Select<HolidayKind>
              placeholder={t('form.requiredKind')}
              data-testid="holiday-kind"
              options={HOLIDAY_KINDS.map((kind) => ({
                value: kind,
                title: kindLabel(t, kind),
                label: (
                  <Space size={6}>
                    <span
                      aria-hidden
                      style={{
                        display: 'inline-block',
                        width: 12,
                        height: 12,
                        borderRadius: 3,
                        background: dayColors(kind)?.background,
                      }}
                    />
                    {kindLabel(t, kind)}
                  </Space>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('form.name')}
            rules={[
              { required: true, whitespace: true, message: t('form.requiredName') },
              { max: NAME_MAX_LENGTH, message: t('form.nameTooLong') },
            ]}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('form.lunarHint')}
              </Typography.Text>
            }
          >
            <Input
              maxLength={NAME_MAX_LENGTH}
              placeholder={t('form.namePlaceholder')}
              data-testid="holiday-name"
            />
          </Form.Item>
          <Flex justify="flex-end" gap="small">
            <Button onClick={onClose}>{tCommon('common.cancel')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              loading={mutation.isPending}
              data-testid="holiday-save"
            >
              {tCommon('common.save')}
            </Button>
          </Flex>
        </Form>
      </Flex>
    </Modal>
  );
}
