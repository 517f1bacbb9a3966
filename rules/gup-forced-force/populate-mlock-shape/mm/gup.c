/* Hand-written fixture for gupcheck's gup-forced-force rule. Not kernel source. */
#include <linux/mm.h>

static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags)
{
	if (!(vma->vm_flags & VM_READ) && !(gup_flags & FOLL_FORCE))
		return -EFAULT;
	return 0;
}

static long __get_user_pages(struct mm_struct *mm, unsigned long start,
			     unsigned long nr_pages, unsigned int gup_flags)
{
	struct vm_area_struct *vma = find_extend_vma(mm, start);

	if (!vma || check_vma_flags(vma, gup_flags))
		return -EFAULT;
	return nr_pages;
}

long populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, int *locked)
{
	unsigned long nr_pages = (end - start) / PAGE_SIZE;
	unsigned int gup_flags = FOLL_TOUCH | FOLL_POPULATE | FOLL_MLOCK;

	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		gup_flags |= FOLL_WRITE;

	if (vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC))
		gup_flags |= FOLL_FORCE; /* ok: gup-forced-force */

	return __get_user_pages(vma->vm_mm, start, nr_pages, gup_flags);
}
