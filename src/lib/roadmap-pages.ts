// The pages of a roadmap: an overview (/<project>/roadmap/), then each course on pages of its
// own (/<project>/roadmap/<course>/, then …/2/, …/3/ for a long course), so that no page grows
// with the project (docs/performance.md). Every roadmap, small or large, has the same addresses.
import type { Course, Project } from "./types.ts";
import { routes } from "./paths.ts";

/** Items per course page: keeps a course page of the synthetic sites near 110 KB (200 KB budget). */
const ROADMAP_PAGE_ITEMS = 20;

export interface CoursePage {
  course: Course;
  /** The items on this page, in order: never empty, as a course has at least one item. */
  items: Course["items"];
  /** 1-based; `pages` is the course's number of pages. */
  page: number;
  pages: number;
  path: string;
}

/** The pages of one course, in order. */
export function coursePages(projectId: string, course: Course, size: number = ROADMAP_PAGE_ITEMS): CoursePage[] {
  const pages = Math.ceil(course.items.length / size);
  return Array.from({ length: pages }, (_, i) => ({
    course,
    items: course.items.slice(i * size, (i + 1) * size) as Course["items"],
    page: i + 1,
    pages,
    path: routes.roadmapCourse(projectId, course.id, i + 1),
  }));
}

/** Every course page of a project's roadmap, course by course: the order of prev/next links. */
export function roadmapPages(project: Project, size: number = ROADMAP_PAGE_ITEMS): CoursePage[] {
  return project.roadmap.courses.flatMap((course) => coursePages(project.id, course, size));
}

/** The course with only this page's items: what the timeline, table and lists of the page show. */
export function pageCourse(page: CoursePage): Course {
  return { ...page.course, items: page.items };
}
