/** The offline screens' messages (offline.*), Vietnamese first. */
import type { SameKeys } from '../i18n/app';

const vi = {
  offline: {
    saved_on_device: 'Đã lưu trên máy, sẽ gửi khi có mạng.',
    sent: 'Đã gửi %{smart_count} thay đổi lưu trên máy |||| Đã gửi %{smart_count} thay đổi lưu trên máy',
    failed: 'Có thay đổi lưu trên máy không gửi được: mở danh sách chờ gửi để xem lý do.',
    delete_offline: 'Không xóa được khi mất mạng. Hãy xóa lại khi có mạng.',
    no_connection: 'Đang mất mạng: thay đổi được lưu trên máy và sẽ gửi khi có mạng.',
    button: 'Thay đổi chờ gửi: %{smart_count}',
    title: 'Thay đổi lưu trên máy',
    empty: 'Không có thay đổi nào chờ gửi.',
    send_now: 'Gửi ngay',
    retry: 'Gửi lại',
    discard: 'Bỏ thay đổi này',
    discard_confirm: 'Bỏ hẳn thay đổi này? Những gì bạn đã nhập sẽ mất.',
    open_record: 'Mở bản ghi',
    new_record: 'Bản ghi mới',
    saved_at: 'Lưu lúc %{time}',
    your_values: 'Giá trị bạn đã nhập',
    server_value: 'trên máy chủ hiện là: %{value}',
    conflict_hint:
      'Không gửi được: trong lúc bạn mất mạng, người khác đã sửa bản ghi này. Thay đổi của bạn chưa được gửi để không ghi đè lên bản của họ. Hãy mở bản ghi, xem bản mới nhất rồi nhập lại các giá trị dưới đây nếu vẫn cần, sau đó bỏ thay đổi này.',
    states: {
      waiting: 'Chờ có mạng',
      sending: 'Đang gửi',
      failed: 'Không gửi được',
    },
  },
};

const en: SameKeys<typeof vi> = {
  offline: {
    saved_on_device: 'Saved on this device; it will be sent when the connection is back.',
    sent: 'Sent %{smart_count} change saved on this device |||| Sent %{smart_count} changes saved on this device',
    failed: 'A change saved on this device could not be sent: open the pending list to see why.',
    delete_offline: 'Nothing can be deleted without a connection. Delete it again once you are online.',
    no_connection: 'No connection: changes are saved on this device and sent when it is back.',
    button: 'Changes waiting to be sent: %{smart_count}',
    title: 'Changes saved on this device',
    empty: 'No change is waiting to be sent.',
    send_now: 'Send now',
    retry: 'Try again',
    discard: 'Discard this change',
    discard_confirm: 'Discard this change for good? What you entered will be lost.',
    open_record: 'Open the record',
    new_record: 'New record',
    saved_at: 'Saved at %{time}',
    your_values: 'The values you entered',
    server_value: 'now on the server: %{value}',
    conflict_hint:
      'Not sent: while you were offline someone else changed this record. Your change was not sent, so as not to overwrite theirs. Open the record, look at the latest version, enter the values below again if they are still needed, then discard this change.',
    states: {
      waiting: 'Waiting for a connection',
      sending: 'Sending',
      failed: 'Not sent',
    },
  },
};

export const messages = { vi, en };
