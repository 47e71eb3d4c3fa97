import type { Variant } from '../../core/review/reviewItem.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';

/** A variant in words: the label and the text it covers; for an event its type, trigger and arguments; for stance its target and label. */
export function VariantValue({ variant, text, schema }: { variant: Variant; text: string; schema: ProjectSchema }) {
  const t = useT();
  const { locale } = useLocale();
  if (variant.layer === 'entity') {
    const { start, end, label } = variant.value;
    const color = schema.entities.find((l) => l.tag === label)?.color ?? '#9aa0a6';
    return (
      <span className="variant-value">
        <span className="swatch" style={{ backgroundColor: safeColor(color) }} aria-hidden="true" />
        <span className="tag">{label}</span> <bdi className="doc-snippet" dir="rtl">{text.slice(start, end)}</bdi>
      </span>
    );
  }
  if (variant.layer === 'event') {
    const { type, trigger, arguments: args } = variant.value;
    const roles = schema.events.find((e) => e.type === type)?.roles ?? [];
    return (
      <span className="variant-value">
        <span className="tag">{type}</span>{' '}
        {trigger ? <bdi className="doc-snippet" dir="rtl">{text.slice(trigger.start, trigger.end)}</bdi> : <span className="muted">{t('review.documentLevel')}</span>}
        {args.length > 0 ? (
          <span className="variant-arguments">
            {args.map((a, i) => (
              <span key={i} className="variant-argument">
                <span className="role">{roles.find((r) => r.role === a.role)?.name[locale] ?? a.role}</span>:{' '}
                <bdi className="doc-snippet" dir="rtl">{text.slice(a.span.start, a.span.end)}</bdi>
              </span>
            ))}
          </span>
        ) : (
          <span className="muted small"> {t('review.noArguments')}</span>
        )}
      </span>
    );
  }
  const label = schema.stanceLabels.find((l) => l.tag === variant.value.label);
  return (
    <span className="variant-value">
      <bdi className="doc-snippet" dir="auto">{variant.value.target}</bdi> →{' '}
      <span className="tag">{label ? label.name[locale] : variant.value.label}</span>
    </span>
  );
}
