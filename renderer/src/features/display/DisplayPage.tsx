import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { useDisplay } from './use-display';
import './display.css';

/**
 * The waiting-room screen (second window, or `/display` in a TV browser): numbers and desks only, no
 * personal data; large enough to read across a room.
 */
export function DisplayPage() {
  const { state, flash, error, settings, setSettings } = useDisplay();
  return (
    <main className="display" aria-label="Màn hình phòng chờ">
      <header className="display-header">
        <h1>Mời công dân theo số thứ tự</h1>
        <div className="display-controls">
          <label>
            <input
              type="checkbox"
              checked={settings.isEnabled}
              onChange={(event) => setSettings({ ...settings, isEnabled: event.target.checked })}
            />{' '}
            Đọc số
          </label>
          <label>
            Âm lượng{' '}
            <input
              type="range"
              min={0}
              max={1}
              step={0.1}
              value={settings.volume}
              onChange={(event) => setSettings({ ...settings, volume: Number(event.target.value) })}
            />
          </label>
        </div>
      </header>
      {error && (
        <p role="alert" className="display-error">
          {error}
        </p>
      )}
      <section aria-label="Đang gọi" className="display-flash" aria-live="assertive">
        {flash ? (
          <>
            <span className="display-number">{flash.code}</span>
            <span className="display-desk">{flash.deskLabel}</span>
          </>
        ) : (
          <span className="display-idle">Xin mời công dân chờ đến lượt</span>
        )}
      </section>
      <div className="display-columns">
        <section aria-label="Các bàn đang tiếp">
          <h2>Đang tiếp</h2>
          <ul className="display-list">
            {state?.current.map((item) => (
              <li key={item.deskNumber}>
                <span className="display-code">{item.code}</span> <span>{item.deskLabel}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Số vừa gọi">
          <h2>Vừa gọi</h2>
          <ul className="display-list">
            {state?.recent.map((item, index) => (
              <li key={`${item.code}-${index}`}>
                <span className="display-code">{item.code}</span> <span>{item.deskLabel}</span>{' '}
                <span className="display-time">{formatLocalDateTime(item.calledAt).slice(11)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Số người đang chờ">
          <h2>Đang chờ</h2>
          <ul className="display-list">
            {state?.waiting.map((line) => (
              <li key={line.lineCode}>
                <span>{line.lineLabel}</span> <span className="display-code">{formatCount(line.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
