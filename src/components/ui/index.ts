/** Shared presentational pieces. All work in server and client components (no handlers, no state). */
export { Alert, type TAlertTone } from "./alert";
export { Badge, type TBadgeTone } from "./badge";
export { Button, buttonClasses, type TButtonSize, type TButtonVariant } from "./button";
export { Card } from "./card";
export { cx } from "./cx";
export { EmptyState } from "./empty-state";
export { Field, FieldShell, controlClasses, describedBy } from "./field";
export { SelectField, type TSelectOption } from "./select-field";
export { PageHeader } from "./page-header";
export { Pagination } from "./pagination";
export { pageHref, pageWindow, type TPageParams } from "./pagination-links";
export { Table, type TColumn } from "./table";
