import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import {
  ApiError,
  NetworkError,
  formFieldErrors,
  isConflict,
  isProblem,
  userMessage,
} from './problem';

const t = i18n.getFixedT('vi');

describe('isProblem', () => {
  it('accepts problem details as the backend sends them', () => {
    expect(
      isProblem({
        type: 'urn:dondoc:problem:validation',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Yêu cầu có 1 trường dữ liệu không hợp lệ.',
        instance: '/api/v1/tasks',
        errors: [{ field: 'leadUnitIds[0]', message: 'Đơn vị không tồn tại' }],
      }),
    ).toBe(true);
    expect(isProblem({ title: 'Không tìm thấy', status: 404 })).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isProblem(null)).toBe(false);
    expect(isProblem('Lỗi')).toBe(false);
    expect(isProblem([])).toBe(false);
    expect(isProblem({})).toBe(false);
    expect(isProblem({ detail: 'no title and no status' })).toBe(false);
    expect(isProblem({ title: 'x', status: '400' })).toBe(false);
    expect(isProblem({ title: 'x', status: 400.5 })).toBe(false);
    expect(isProblem({ title: 'x', detail: 42 })).toBe(false);
    expect(isProblem({ title: 'x', errors: 'bad' })).toBe(false);
    expect(isProblem({ title: 'x', errors: [{ field: 1, message: 'm' }] })).toBe(false);
  });
});

describe('userMessage', () => {
  it("shows the problem's detail and its field errors", () => {
    const error = new ApiError(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Yêu cầu có 1 trường dữ liệu không hợp lệ.',
      errors: [{ field: 'size', message: 'phải nhỏ hơn hoặc bằng 200' }],
    });
    expect(userMessage(error, t)).toEqual({
      message: 'Yêu cầu có 1 trường dữ liệu không hợp lệ.',
      fieldErrors: ['size: phải nhỏ hơn hoặc bằng 200'],
    });
  });

  it('falls back to the title, then to a message for the status', () => {
    expect(userMessage(new ApiError(409, { title: 'Xung đột', status: 409 }), t).message).toBe(
      'Xung đột',
    );
    expect(userMessage(new ApiError(403, undefined), t).message).toBe(
      'Bạn không có quyền xem dữ liệu này.',
    );
    expect(userMessage(new ApiError(500, undefined), t).message).toBe(
      'Yêu cầu không thành công (mã lỗi 500).',
    );
    expect(userMessage(new ApiError(502, undefined), t).message).toMatch(
      /^Máy chủ tạm thời không phản hồi/,
    );
  });

  it('explains network failures and unknown errors', () => {
    expect(userMessage(new NetworkError(new TypeError('Failed to fetch')), t).message).toMatch(
      /^Không kết nối được máy chủ/,
    );
    expect(userMessage(new Error('boom'), t).message).toBe(
      'Đã xảy ra lỗi không mong muốn. Vui lòng tải lại trang.',
    );
  });
});

describe('formFieldErrors', () => {
  const fields = ['code', 'dueDate', 'leadUnitIds', 'coordinatingGroupIds'];

  it("puts the server's field errors on the form fields, indexes and prefixes removed", () => {
    const error = new ApiError(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [
        { field: 'code', message: 'Mã nhiệm vụ đã tồn tại trong văn bản' },
        { field: 'leadUnitIds[0]', message: 'Đơn vị không tồn tại' },
        { field: 'leadUnitIds[2]', message: 'Đơn vị đã ngừng hoạt động' },
        { field: 'body.dueDate', message: 'Nhiệm vụ có thời hạn phải có hạn hoàn thành' },
        { field: 'approver', message: 'Trường không được hỗ trợ' },
        { message: 'Phải có ít nhất một đơn vị chủ trì' },
      ],
    });
    expect(formFieldErrors(error, fields)).toEqual({
      fields: [
        { name: 'code', errors: ['Mã nhiệm vụ đã tồn tại trong văn bản'] },
        { name: 'leadUnitIds', errors: ['Đơn vị không tồn tại', 'Đơn vị đã ngừng hoạt động'] },
        { name: 'dueDate', errors: ['Nhiệm vụ có thời hạn phải có hạn hoàn thành'] },
      ],
      other: ['approver: Trường không được hỗ trợ', 'Phải có ít nhất một đơn vị chủ trì'],
    });
  });

  it('has nothing to place for other errors', () => {
    expect(formFieldErrors(new NetworkError(new Error('x')), fields)).toEqual({
      fields: [],
      other: [],
    });
    expect(formFieldErrors(new ApiError(409, { title: 'Xung đột', status: 409 }), fields)).toEqual({
      fields: [],
      other: [],
    });
  });

  it('recognises a stale version', () => {
    expect(isConflict(new ApiError(409, undefined))).toBe(true);
    expect(isConflict(new ApiError(400, undefined))).toBe(false);
    expect(isConflict(new Error('409'))).toBe(false);
  });
});
