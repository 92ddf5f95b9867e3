import { useState } from 'react';
import type { RuleView } from '../../../../shared/contract/schedule';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { WEEKDAY_LABELS } from '../../../../shared/domain/schedule/dates';
import { LEADER_ROLE_LABELS } from '../../../../shared/domain/schedule/minimum-rules';
import { RuleForm } from './RuleForm';

interface RulesPanelProps {
  rules: RuleView[];
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
}

function describeRule(rule: RuleView): string {
  const weekday = WEEKDAY_LABELS[rule.weekday] ?? '';
  return rule.frequency === 'weekly'
    ? `${weekday} hằng tuần`
    : `${weekday} tuần ${rule.monthWeeks.join(', ')} hằng tháng`;
}

/** Lịch tiếp định kỳ: the rules, editing one, adding one. */
export function RulesPanel({ rules, run }: RulesPanelProps) {
  const [editing, setEditing] = useState<RuleView | null>(null);
  return (
    <section aria-labelledby="rules-title" className="panel">
      <h2 id="rules-title">Lịch tiếp định kỳ</h2>
      <table className="register" aria-label="Lịch tiếp định kỳ của lãnh đạo">
        <thead>
          <tr>
            <th scope="col">Người tiếp</th>
            <th scope="col">Lịch</th>
            <th scope="col">Giờ, địa điểm</th>
            <th scope="col">Áp dụng</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                {rule.leaderName} ({LEADER_ROLE_LABELS[rule.leaderRole]})
                {rule.delegateName && <div className="muted">Ủy quyền: {rule.delegateName}</div>}
              </td>
              <td>{describeRule(rule)}</td>
              <td>
                {rule.startTime}–{rule.endTime}, {rule.place}
              </td>
              <td>
                từ {formatLocalDate(rule.validFrom)}
                {rule.validTo && ` đến ${formatLocalDate(rule.validTo)}`}
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => setEditing(rule)}>
                  Sửa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <RuleForm key={editing.id} rule={editing} run={run} onDone={() => setEditing(null)} />
      ) : (
        <RuleForm rule={null} run={run} onDone={() => undefined} />
      )}
    </section>
  );
}
