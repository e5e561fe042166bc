import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { useProblemOnForm } from '../../../api/formProblem';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { useWorkingDays } from '../hooks/useHolidays';
import { daysBetween } from '../lib/calendar';
import { weekdayName } from '../lib/labels';

interface Values {
  from?: Dayjs | null;
  add?: number | null;
}

/** The backend's limit on the number of working days to add. */
export const MAX_ADD = 1000;
const FIELDS = ['from', 'add'] as const;

/**
 * "N working days after D", counted by the backend with the calendar as stored: lets the
 * administrator check a deadline after changing the table.
 */
export function WorkingDayCalculator({ today }: { today: string }) {
  const { t } = useTranslation('holidays');
  const [form] = Form.useForm<Values>();
  const [query, setQuery] = useState<{ from: string; add: number }>();
  const result = useWorkingDays(query);
  useProblemOnForm(form, result.error, FIELDS);
  const data = result.data;
  const span = data?.from && data.result ? daysBetween(data.from, data.result) : undefined;

  return (
    <Card size="small" title={t('calculator.title')} data-testid="workday-calculator">
      <Flex vertical gap="small">
        <Form<Values>
          form={form}
          layout="inline"
          name="working-days"
          initialValues={{ from: fromIsoDate(today), add: 5 }}
          onFinish={(values) =>
            setQuery({ from: toIsoDate(values.from) as string, add: values.add as number })
          }
        >
          <Form.Item
            name="from"
            label={t('calculator.from')}
            rules={[{ required: true, message: t('calculator.requiredFrom') }]}
          >
            <DatePicker format={DATE_FORMAT} allowClear={false} data-testid="workday-from" />
          </Form.Item>
          <Form.Item
            name="add"
            label={t('calculator.add')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 1,
                max: MAX_ADD,
                message: t('calculator.requiredAdd'),
              },
            ]}
          >
            <InputNumber min={1} max={MAX_ADD} precision={0} data-testid="workday-add" />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={result.isFetching}
              data-testid="workday-compute"
            >
              {t('calculator.compute')}
            </Button>
          </Form.Item>
        </Form>
        {data?.result && !result.isError && (
          <Alert
            type="info"
            showIcon
            data-testid="workday-result"
            data-result={data.result}
            title={t('calculator.result', {
              add: data.add,
              from: formatDate(data.from),
              weekday: weekdayName(t, data.result),
              result: formatDate(data.result),
            })}
            description={
              <>
                {span !== undefined ? t('calculator.calendarDays', { count: span }) : null}
                {data.provisional && (
                  <Typography.Paragraph
                    type="warning"
                    style={{ margin: 0 }}
                    data-testid="workday-provisional"
                  >
                    {t('confirmation.provisionalResult', {
                      years: (data.unconfirmedYears ?? []).join(', '),
                    })}
                  </Typography.Paragraph>
                )}
              </>
            }
          />
        )}
        {result.isError && <ErrorAlert error={result.error} title={t('calculator.error')} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('calculator.hint')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
