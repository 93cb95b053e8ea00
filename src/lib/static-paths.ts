// getStaticPaths of every page kind: one entry per configured locale and page, with the data the
// page renders as props (no lookups in the page itself; `today` is the build date, BUILD_DATE). `lang` is the `[...lang]` parameter:
// undefined for the source language (pages at the root), the locale code otherwise.
import { localeParams } from "./locales.ts";
import { goalSummaries, overviewPages } from "./site-index.ts";
import type { PlanIndex } from "./site-index.ts";
import type { ProjectEntry } from "./content/entries.ts";
import { loadSite } from "./content/site.ts";
import { config } from "../config.ts";
import { contentPath } from "./git/content-log.ts";
import { documentHistory } from "./history/index.ts";
import { roadmapPages } from "./roadmap-pages.ts";

const today = config.buildDate;

/** The same page in every locale: params merged with { lang }, props with { lang: code }. */
function perLocale<P extends Record<string, string>, D extends object>(pages: Array<{ params: P; props: D }>) {
  return localeParams().flatMap(({ lang, code }) =>
    pages.map((p) => ({ params: { ...p.params, lang }, props: { ...p.props, lang: code } })),
  );
}

/** /, /about/, /glossary/, /translations/, /search/: pages that exist once per locale. */
export async function sitePaths() {
  const site = await loadSite();
  return perLocale([{ params: {}, props: { site, today } }]);
}

/** /<doc>/ — a plan overview or a project page (ids share one namespace). */
export async function documentPaths() {
  const site = await loadSite();
  type DocumentProps = { kind: "plan"; index: PlanIndex } | { kind: "project"; project: ProjectEntry; today: string };
  return perLocale<{ doc: string }, DocumentProps>([
    ...site.plans.map((index) => ({ params: { doc: index.plan.plan.id }, props: { kind: "plan" as const, index } })),
    ...site.projects.map((project) => ({
      params: { doc: project.project.id },
      props: { kind: "project" as const, project, today },
    })),
  ]);
}

/** /<plan>/page/<n>/ — the plan overview's list of goals from page 2 on (overviewPages). */
export async function overviewPagePaths() {
  const site = await loadSite();
  return perLocale(
    site.plans.flatMap((index) =>
      overviewPages(index)
        .slice(1)
        .map((_, i) => ({ params: { doc: index.plan.plan.id, page: String(i + 2) }, props: { index, page: i + 2 } })),
    ),
  );
}

/** /<plan>/kpi/ and /<plan>/numbers/ */
export async function planPaths() {
  const site = await loadSite();
  return perLocale(site.plans.map((index) => ({ params: { doc: index.plan.plan.id }, props: { index } })));
}

/** /<plan>/goals/<goal number>/ and /<plan>/kpi/<goal number>/ */
export async function goalPaths() {
  const site = await loadSite();
  return perLocale(
    site.plans.flatMap((index) =>
      goalSummaries(index).map((goal) => ({
        params: { doc: index.plan.plan.id, goal: String(goal.goal.number) },
        props: { index, goal },
      })),
    ),
  );
}

/** /<plan>/<measure number>/ */
export async function measurePaths() {
  const site = await loadSite();
  return perLocale(
    site.plans.flatMap((index) =>
      index.entries.map((entry) => ({
        params: { doc: index.plan.plan.id, measure: entry.measure.number },
        props: { entry, index },
      })),
    ),
  );
}

/** /<project>/roadmap/ — the overview of a roadmap. */
export async function roadmapPaths() {
  const site = await loadSite();
  return perLocale(
    site.projects.map((project) => ({ params: { doc: project.project.id }, props: { project, today } })),
  );
}

/** The course pages of every roadmap, with their neighbours for prev/next links. */
async function coursePagesOf() {
  const site = await loadSite();
  return site.projects.flatMap((project) => {
    const pages = roadmapPages(project.project);
    return pages.map((page, i) => ({ project, today, page, prev: pages[i - 1], next: pages[i + 1] }));
  });
}

/** /<project>/roadmap/<course>/ — a course's first page. */
export async function coursePaths() {
  const pages = (await coursePagesOf()).filter((p) => p.page.page === 1);
  return perLocale(
    pages.map((props) => ({ params: { doc: props.project.project.id, course: props.page.course.id }, props })),
  );
}

/** /<project>/roadmap/<course>/<n>/ — the further pages of a long course (n ≥ 2). */
export async function coursePagePaths() {
  const pages = (await coursePagesOf()).filter((p) => p.page.page > 1);
  return perLocale(
    pages.map((props) => ({
      params: { doc: props.project.project.id, course: props.page.course.id, page: String(props.page.page) },
      props,
    })),
  );
}

/** /<doc>/history/ — the history of changes of a plan or project folder, from git. */
export async function historyPaths() {
  const site = await loadSite();
  const docs = [
    ...site.plans.map(({ plan: { plan, file } }) => ({ id: plan.id, title: plan.title, contact: plan.contact, file })),
    ...site.projects.map((p) => ({ id: p.project.id, title: p.project.title, contact: p.project.contact, file: p.file.path })),
  ];
  return perLocale(
    docs.map(({ id, title, contact, file }) => ({
      params: { doc: id },
      props: { id, title, contact, history: documentHistory(contentPath(file).split("/")[0]) },
    })),
  );
}
