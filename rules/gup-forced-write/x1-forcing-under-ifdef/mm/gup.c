/*
 * gupcheck fixture x1-forcing-under-ifdef - hand-written, NOT kernel source.
 *
 * V1's hugetlb-branch forcing, compiled in only with CONFIG_GUP_FORCE_COW:
 * the finding lists that presence condition. The normal branch forces
 * nothing.
 */
#include <linux/mm.h>
#include <linux/hugetlb.h>

/* Defined in mm/hugetlb.c of this tree. */
long follow_hugetlb_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct page **pages, struct vm_area_struct **vmas,
			 unsigned long *position, unsigned long *nr_pages,
			 long i, unsigned int flags, int *nonblocking);

/* The page-table walk is not part of this tree. */
struct page *follow_page_mask(struct vm_area_struct *vma,
			      unsigned long address, unsigned int flags,
			      unsigned int *page_mask);

/* Take every referenced page of a COW mapping as if for a write. */
static inline bool should_force_cow_break(struct vm_area_struct *vma,
					  unsigned int flags)
{
	return is_cow_mapping(vma->vm_flags) && (flags & FOLL_GET);
}

static long __get_user_pages(struct mm_struct *mm, unsigned long start,
			     unsigned long nr_pages, unsigned int gup_flags,
			     struct page **pages, int *nonblocking)
{
	struct vm_area_struct *vma = NULL;
	unsigned int page_mask;
	long i = 0;

	do {
		unsigned int foll_flags = gup_flags;
		struct page *page;

		if (!vma || start >= vma->vm_end) {
			vma = find_extend_vma(mm, start);
			if (!vma)
				return i ? i : -EFAULT;
			if (is_vm_hugetlb_page(vma)) {
#ifdef CONFIG_GUP_FORCE_COW
				if (should_force_cow_break(vma, foll_flags))
					foll_flags |= FOLL_WRITE; /* expect: gup-forced-write kind=hugetlb sink=follow_hugetlb_page condition=CONFIG_GUP_FORCE_COW */
#endif
				i = follow_hugetlb_page(mm, vma, pages, NULL,
							&start, &nr_pages, i,
							foll_flags, nonblocking);
				continue;
			}
		}

retry:
		page = follow_page_mask(vma, start, foll_flags, &page_mask);
		if (!page) {
			if (handle_mm_fault(vma, start,
					    (foll_flags & FOLL_WRITE) ?
					    FAULT_FLAG_WRITE : 0) & VM_FAULT_ERROR)
				break;
			goto retry;
		}
		if (IS_ERR(page))
			break;
		if (pages)
			pages[i] = page;
		i++;
		start += PAGE_SIZE;
		nr_pages--;
	} while (nr_pages);

	return i ? i : -EFAULT;
}

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages)
{
	if (pages)
		gup_flags |= FOLL_GET;
	return __get_user_pages(current->mm, start, nr_pages,
				gup_flags | FOLL_TOUCH, pages, NULL);
}
EXPORT_SYMBOL(get_user_pages);
