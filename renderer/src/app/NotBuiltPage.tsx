import type { NavItem } from './nav-items';

/** An honest page for a function not built yet: no sample data, no fake figures. */
export function NotBuiltPage({ item }: { item: NavItem }) {
  return (
    <section aria-labelledby="not-built-title" className="page">
      <h1 id="not-built-title">{item.label}</h1>
      <p role="note" className="notice">
        Chức năng này chưa được xây dựng trong phiên bản hiện tại. Khi hoàn thành, trang này sẽ dùng để:{' '}
        {item.purpose}
      </p>
    </section>
  );
}
