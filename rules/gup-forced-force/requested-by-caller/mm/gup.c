/* Hand-written fixture for gupcheck's gup-forced-force rule. Not kernel source. */
#include <linux/mm.h>

static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags)
{
	if (!(vma->vm_flags & VM_READ) && !(gup_flags & FOLL_FORCE))
		return -EFAULT;
	return 0;
}

static long __get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
			     unsigned long start, unsigned long nr_pages,
			     unsigned int gup_flags, struct page **pages)
{
	struct vm_area_struct *vma = find_extend_vma(mm, start);

	if (!vma || check_vma_flags(vma, gup_flags))
		return -EFAULT;
	return nr_pages;
}

long get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
		    unsigned long start, unsigned long nr_pages, int write,
		    int force, struct page **pages)
{
	unsigned int flags = FOLL_TOUCH | FOLL_GET;

	if (write)
		flags |= FOLL_WRITE;
	if (force)
		flags |= FOLL_FORCE; /* ok: gup-forced-force */

	return __get_user_pages(tsk, mm, start, nr_pages, flags, pages);
}

struct page *get_dump_page(unsigned long addr)
{
	struct page *page;

	if (__get_user_pages(current, current->mm, addr, 1,
			     FOLL_FORCE | FOLL_DUMP | FOLL_GET, &page) < 1) /* ok: gup-forced-force */
		return NULL;
	return page;
}
