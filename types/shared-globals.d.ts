// zod's own declarations mention the `URL` type (for z.url()). shared/ runs with no DOM and no Node
// types, so give the type checker an interface — type-only: shared code still cannot call `new URL`.
interface URL {
  readonly href: string;
}
