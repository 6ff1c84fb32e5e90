// Bản dịch tiếng Việt cho các thông điệp giao diện của chính react-admin (Vietnamese translation of react-admin's own interface messages).
import type { TranslationMessages } from 'react-admin';

export const raVietnamese: TranslationMessages = {
    ra: {
        action: {
            add_filter: 'Thêm bộ lọc',
            add: 'Thêm',
            back: 'Quay lại',
            bulk_actions: 'Đã chọn 1 mục |||| Đã chọn %{smart_count} mục',
            cancel: 'Hủy',
            clear_array_input: 'Xóa toàn bộ danh sách',
            clear_input_value: 'Xóa giá trị',
            clone: 'Nhân bản',
            confirm: 'Xác nhận',
            create: 'Tạo mới',
            create_item: 'Tạo %{item}',
            delete: 'Xóa',
            edit: 'Sửa',
            export: 'Xuất dữ liệu',
            list: 'Danh sách',
            refresh: 'Làm mới',
            remove_filter: 'Bỏ bộ lọc này',
            remove_all_filters: 'Bỏ tất cả bộ lọc',
            remove: 'Gỡ bỏ',
            reset: 'Đặt lại',
            save: 'Lưu',
            search: 'Tìm kiếm',
            search_columns: 'Tìm cột',
            select_all: 'Chọn tất cả',
            select_all_button: 'Chọn tất cả',
            select_row: 'Chọn dòng này',
            show: 'Xem',
            sort: 'Sắp xếp',
            undo: 'Hoàn tác',
            unselect: 'Bỏ chọn',
            expand: 'Mở rộng',
            close: 'Đóng',
            open_menu: 'Mở menu',
            close_menu: 'Đóng menu',
            update: 'Cập nhật',
            move_up: 'Di chuyển lên',
            move_down: 'Di chuyển xuống',
            open: 'Mở',
            toggle_theme: 'Chuyển chế độ sáng/tối',
            select_columns: 'Cột',
            update_application: 'Tải lại ứng dụng',
        },
        boolean: {
            true: 'Có',
            false: 'Không',
            null: ' ',
        },
        page: {
            create: 'Tạo mới %{name}',
            dashboard: 'Tổng quan',
            edit: '%{name} %{recordRepresentation}',
            error: 'Đã xảy ra lỗi',
            list: '%{name}',
            loading: 'Đang tải',
            not_found: 'Không tìm thấy',
            show: '%{name} %{recordRepresentation}',
            empty: 'Chưa có %{name} nào.',
            invite: 'Bạn có muốn thêm mới không?',
            access_denied: 'Truy cập bị từ chối',
            authentication_error: 'Lỗi xác thực',
        },
        input: {
            file: {
                upload_several:
                    'Kéo thả các tệp vào đây để tải lên, hoặc nhấn để chọn tệp.',
                upload_single:
                    'Kéo thả một tệp vào đây để tải lên, hoặc nhấn để chọn tệp.',
            },
            image: {
                upload_several:
                    'Kéo thả các hình ảnh vào đây để tải lên, hoặc nhấn để chọn ảnh.',
                upload_single:
                    'Kéo thả một hình ảnh vào đây để tải lên, hoặc nhấn để chọn ảnh.',
            },
            references: {
                all_missing: 'Không tìm thấy dữ liệu tham chiếu.',
                many_missing:
                    'Có ít nhất một dữ liệu tham chiếu liên kết dường như không còn khả dụng.',
                single_missing:
                    'Dữ liệu tham chiếu liên kết dường như không còn khả dụng.',
            },
            password: {
                toggle_visible: 'Ẩn mật khẩu',
                toggle_hidden: 'Hiện mật khẩu',
            },
        },
        message: {
            about: 'Giới thiệu',
            access_denied: 'Bạn không có quyền truy cập trang này',
            are_you_sure: 'Bạn có chắc chắn không?',
            authentication_error:
                'Máy chủ xác thực đã trả về lỗi nên không thể kiểm tra thông tin đăng nhập của bạn.',
            auth_error: 'Đã xảy ra lỗi khi kiểm tra mã xác thực (token).',
            bulk_delete_content:
                'Bạn có chắc chắn muốn xóa %{name} này không? |||| Bạn có chắc chắn muốn xóa %{smart_count} mục này không?',
            bulk_delete_title:
                'Xóa %{name} |||| Xóa %{smart_count} %{name}',
            bulk_update_content:
                'Bạn có chắc chắn muốn cập nhật %{name} %{recordRepresentation} không? |||| Bạn có chắc chắn muốn cập nhật %{smart_count} mục này không?',
            bulk_update_title:
                'Cập nhật %{name} %{recordRepresentation} |||| Cập nhật %{smart_count} %{name}',
            clear_array_input:
                'Bạn có chắc chắn muốn xóa toàn bộ danh sách không?',
            delete_content: 'Bạn có chắc chắn muốn xóa %{name} này không?',
            delete_title: 'Xóa %{name} %{recordRepresentation}',
            details: 'Chi tiết',
            error: 'Đã xảy ra lỗi trên trình duyệt, vui lòng thử lại.',
            invalid_form: 'Biểu mẫu không hợp lệ. Vui lòng kiểm tra các lỗi',
            loading: 'Vui lòng chờ',
            no: 'Không',
            not_found:
                'Có thể bạn đã nhập sai địa chỉ URL hoặc truy cập vào một liên kết không đúng.',
            select_all_limit_reached:
                'Có quá nhiều phần tử nên không thể chọn tất cả. Chỉ %{max} phần tử đầu tiên được chọn.',
            unsaved_changes:
                'Một số thay đổi của bạn chưa được lưu. Bạn có chắc chắn muốn bỏ qua chúng không?',
            yes: 'Có',
            placeholder_data_warning:
                'Sự cố mạng: Không thể làm mới dữ liệu.',
        },
        navigation: {
            clear_filters: 'Xóa bộ lọc',
            no_filtered_results:
                'Không tìm thấy %{name} nào với bộ lọc hiện tại.',
            no_results: 'Không tìm thấy %{name} nào',
            no_more_results:
                'Trang số %{page} nằm ngoài phạm vi. Hãy thử trang trước.',
            page_out_of_boundaries: 'Trang số %{page} nằm ngoài phạm vi',
            page_out_from_end: 'Không thể chuyển quá trang cuối',
            page_out_from_begin: 'Không thể chuyển về trước trang 1',
            page_range_info: '%{offsetBegin}-%{offsetEnd} trong %{total}',
            partial_page_range_info:
                '%{offsetBegin}-%{offsetEnd} trong hơn %{offsetEnd}',
            current_page: 'Trang %{page}',
            page: 'Đến trang %{page}',
            first: 'Đến trang đầu',
            last: 'Đến trang cuối',
            next: 'Đến trang sau',
            previous: 'Đến trang trước',
            page_rows_per_page: 'Số dòng mỗi trang:',
            skip_nav: 'Chuyển đến nội dung chính',
        },
        sort: {
            sort_by: 'Sắp xếp theo %{field_lower_first} %{order}',
            ASC: 'tăng dần',
            DESC: 'giảm dần',
        },
        auth: {
            auth_check_error: 'Vui lòng đăng nhập để tiếp tục',
            user_menu: 'Hồ sơ',
            username: 'Tên đăng nhập',
            password: 'Mật khẩu',
            email: 'Email',
            sign_in: 'Đăng nhập',
            sign_in_error: 'Xác thực thất bại, vui lòng thử lại',
            logout: 'Đăng xuất',
        },
        notification: {
            updated:
                'Đã cập nhật bản ghi |||| Đã cập nhật %{smart_count} bản ghi',
            created: 'Đã tạo bản ghi',
            deleted: 'Đã xóa bản ghi |||| Đã xóa %{smart_count} bản ghi',
            bad_item: 'Bản ghi không hợp lệ',
            item_doesnt_exist: 'Bản ghi không tồn tại',
            http_error: 'Lỗi kết nối với máy chủ',
            data_provider_error:
                'Lỗi khi tải dữ liệu, vui lòng thử lại hoặc báo quản trị hệ thống.',
            i18n_error: 'Không thể tải bản dịch cho ngôn ngữ đã chọn',
            canceled: 'Đã hủy thao tác',
            logged_out: 'Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.',
            not_authorized: 'Bạn không có quyền truy cập tài nguyên này.',
            application_update_available: 'Đã có phiên bản mới.',
            offline: 'Không có kết nối mạng. Không thể tải dữ liệu.',
        },
        validation: {
            required: 'Bắt buộc',
            minLength: 'Phải có ít nhất %{min} ký tự',
            maxLength: 'Không được vượt quá %{max} ký tự',
            minValue: 'Phải lớn hơn hoặc bằng %{min}',
            maxValue: 'Phải nhỏ hơn hoặc bằng %{max}',
            number: 'Phải là một số',
            email: 'Phải là địa chỉ email hợp lệ',
            oneOf: 'Phải là một trong các giá trị: %{options}',
            regex: 'Giá trị chưa đúng định dạng.',
            unique: 'Phải là giá trị duy nhất',
        },
        saved_queries: {
            label: 'Bộ lọc đã lưu',
            query_name: 'Tên bộ lọc',
            new_label: 'Lưu bộ lọc hiện tại...',
            new_dialog_title: 'Lưu bộ lọc hiện tại với tên',
            remove_label: 'Xóa bộ lọc đã lưu',
            remove_label_with_name: 'Xóa bộ lọc "%{name}"',
            remove_dialog_title: 'Xóa bộ lọc đã lưu?',
            remove_message:
                'Bạn có chắc chắn muốn xóa mục này khỏi danh sách bộ lọc đã lưu không?',
            help: 'Lọc danh sách và lưu bộ lọc này để dùng sau',
        },
        guesser: {
            empty: {
                title: 'Không có dữ liệu để hiển thị',
                message: 'Vui lòng kiểm tra nguồn cung cấp dữ liệu (data provider)',
            },
        },
        configurable: {
            customize: 'Tùy chỉnh',
            configureMode: 'Cấu hình trang này',
            inspector: {
                title: 'Trình kiểm tra',
                content:
                    'Di chuột lên các thành phần giao diện của ứng dụng để cấu hình chúng',
                reset: 'Đặt lại cấu hình',
                hideAll: 'Ẩn tất cả',
                showAll: 'Hiện tất cả',
            },
            Datagrid: {
                title: 'Bảng dữ liệu',
                unlabeled: 'Cột chưa có nhãn #%{column}',
            },
            SimpleForm: {
                title: 'Biểu mẫu',
                unlabeled: 'Trường nhập chưa có nhãn #%{input}',
            },
            SimpleList: {
                title: 'Danh sách',
                primaryText: 'Văn bản chính',
                secondaryText: 'Văn bản phụ',
                tertiaryText: 'Văn bản thứ ba',
            },
        },
    },
};
