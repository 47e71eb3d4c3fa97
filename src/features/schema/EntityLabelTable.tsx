import type { CSSProperties } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** The entity labels with their colour, tag, both names and hotkey; each row can be edited (Enter on it) or removed. */
export function EntityLabelTable(props: {
  labels: readonly EntityLabel[];
  labelledBy: string;
  onEdit(tag: string): void;
  onRemove(tag: string): void;
}) {
  const t = useT();
  return (
    // The table scrolls sideways in its own box when the window is narrower than its columns; the page does not.
    <div className="table-scroll">
      {/* Enter on a row (or a click on it) edits its label: from the keyboard, without crossing its cells to Edit. */}
      <Table aria-labelledby={props.labelledBy} className="label-table" onRowAction={(key) => props.onEdit(String(key))}>
        <TableHeader>
          <Column className="col-color">{t('schema.column.color')}</Column>
          <Column isRowHeader>{t('schema.column.tag')}</Column>
          <Column>{t('schema.column.nameAr')}</Column>
          <Column>{t('schema.column.nameEn')}</Column>
          <Column>{t('schema.column.hotkey')}</Column>
          <Column>
            <span className="visually-hidden">{t('schema.column.actions')}</span>
          </Column>
        </TableHeader>
        <TableBody items={props.labels.map((label) => ({ id: label.tag, label }))}>
          {({ label }) => (
            <Row className="label-row">
              <Cell>
                <span className="color-cell">
                  <span className="swatch" style={{ '--label-color': label.color } as CSSProperties} aria-hidden="true" />
                  <span className="color-code" dir="ltr">
                    {label.color}
                  </span>
                </span>
              </Cell>
              <Cell>
                <code dir="ltr">{label.tag}</code>
              </Cell>
              <Cell>
                <span lang="ar" dir="rtl">
                  {label.name.ar}
                </span>
              </Cell>
              <Cell>
                <span lang="en" dir="ltr">
                  {label.name.en}
                </span>
              </Cell>
              <Cell>{label.hotkey ? <kbd dir="ltr">{hotkeyLabel(label.hotkey)}</kbd> : <span className="muted">{t('schema.hotkey.none')}</span>}</Cell>
              <Cell>
                <span className="row-actions">
                  <Button className="button" aria-label={t('schema.editLabel', { tag: label.tag })} onPress={() => props.onEdit(label.tag)}>
                    {t('schema.edit')}
                  </Button>
                  <Button className="button danger" aria-label={t('schema.removeLabel', { tag: label.tag })} onPress={() => props.onRemove(label.tag)}>
                    {t('schema.remove')}
                  </Button>
                </span>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
