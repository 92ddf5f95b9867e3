import { useState } from 'react';
import type { SettingView } from '../../../../shared/contract/settings';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';

function SettingRow({ setting, onSaved }: { setting: SettingView; onSaved: (message: string) => void }) {
  const [value, setValue] = useState(String(setting.value));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      const saved = await call('settings:update', {
        key: setting.key,
        value: setting.kind === 'number' ? Number(value) : value,
      });
      setError(null);
      onSaved(`Đã lưu "${saved.label}".`);
    } catch (reason) {
      setError((reason as Error).message);
    }
  };
  return (
    <div className="setting-row">
      <label className="field">
        <span>{setting.label}</span>
        <input
          type={setting.kind === 'number' ? 'number' : 'text'}
          value={value}
          {...(setting.min !== null ? { min: setting.min } : {})}
          {...(setting.max !== null ? { max: setting.max } : {})}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button
        type="button"
        className="secondary"
        onClick={() => void save()}
        disabled={value === String(setting.value)}
      >
        Lưu
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Thiết lập: office identity for prints, the group threshold, idle lock, printing and backups. */
export function SettingsFormPanel() {
  const [version, setVersion] = useState(0);
  const { data, error } = useCall('settings:list', {}, version);
  const [message, setMessage] = useState<string | null>(null);
  const groups = [...new Set((data ?? []).map((setting) => setting.group))];
  return (
    <section aria-labelledby="settings-form-title" className="panel">
      <h2 id="settings-form-title">Thiết lập</h2>
      {error && <p role="alert">{error}</p>}
      {message && <p role="status">{message}</p>}
      {groups.map((group) => (
        <fieldset key={group} className="settings-group">
          <legend>{group}</legend>
          {(data ?? [])
            .filter((setting) => setting.group === group)
            .map((setting) => (
              <SettingRow
                key={`${setting.key}-${version}`}
                setting={setting}
                onSaved={(text) => {
                  setMessage(text);
                  setVersion((v) => v + 1);
                }}
              />
            ))}
        </fieldset>
      ))}
    </section>
  );
}
