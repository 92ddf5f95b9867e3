import { formatCount } from '../../../shared/domain/number-format';
import { useAppInfo } from './use-app-info';

export function StatusBar() {
  const { info, error } = useAppInfo();
  return (
    <footer className="status-bar" aria-label="Thanh trạng thái">
      {error ? (
        <span role="alert">{error}</span>
      ) : info ? (
        <>
          <span>Phiên bản {info.appVersion}</span>
          <span>
            {info.transport === 'electron' ? 'Ứng dụng máy tính' : 'Chạy trên trình duyệt (máy chủ cục bộ)'}
          </span>
          <span>Sổ có {formatCount(info.visitCount)} lượt tiếp</span>
        </>
      ) : (
        <span>Đang kết nối…</span>
      )}
    </footer>
  );
}
