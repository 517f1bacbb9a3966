/*
 * gupcheck fixture x5-gup-only-tree - hand-written, NOT kernel source.
 *
 * A tree with mm/gup.c alone, forcing as V1 does in both branches. The
 * lookups follow_page_pte(), follow_trans_huge_pmd() and
 * follow_hugetlb_page() are called but defined nowhere in the tree: they
 * count by their names.
 */
#include <linux/mm.h>
#include <linux/hugetlb.h>
#include <linux/huge_mm.h>

/* Lookups defined outside this tree. */
struct page *follow_page_pte(struct vm_area_struct *vma,
			     unsigned long address, pmd_t *pmd,
			     unsigned int flags);
struct page *follow_trans_huge_pmd(struct vm_area_struct *vma,
				   unsigned long addr, pmd_t *pmd,
				   unsigned int flags);
long follow_hugetlb_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct page **pages, struct vm_area_struct **vmas,
			 unsigned long *position, unsigned long *nr_pages,
			 long i, unsigned int flags, int *nonblocking);

static struct page *follow_pmd_mask(struct vm_area_struct *vma,
				    unsigned long address, pud_t *pud,
				    unsigned int flags)
{
	pmd_t *pmd = pmd_offset(pud, address);
	struct page *page;
	spinlock_t *ptl;

	if (pmd_none(*pmd))
		return NULL;
	if (!pmd_trans_huge(*pmd))
		return follow_page_pte(vma, address, pmd, flags);

	ptl = pmd_lock(vma->vm_mm, pmd);
	page = follow_trans_huge_pmd(vma, address, pmd, flags);
	spin_unlock(ptl);
	return page;
}

/* The upper levels of the walk, folded into one function here. */
static struct page *follow_page_mask(struct vm_area_struct *vma,
				     unsigned long address, unsigned int flags)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, address);
	p4d_t *p4d;
	pud_t *pud;

	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	p4d = p4d_offset(pgd, address);
	if (p4d_none(*p4d) || p4d_bad(*p4d))
		return NULL;
	pud = pud_offset(p4d, address);
	if (pud_none(*pud))
		return NULL;
	return follow_pmd_mask(vma, address, pud, flags);
}

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
	long i = 0;

	do {
		unsigned int foll_flags = gup_flags;
		struct page *page;

		if (!vma || start >= vma->vm_end) {
			vma = find_extend_vma(mm, start);
			if (!vma)
				return i ? i : -EFAULT;
			if (is_vm_hugetlb_page(vma)) {
				if (should_force_cow_break(vma, foll_flags))
					foll_flags |= FOLL_WRITE; /* expect: gup-forced-write kind=hugetlb sink=follow_hugetlb_page */
				i = follow_hugetlb_page(mm, vma, pages, NULL,
							&start, &nr_pages, i,
							foll_flags, nonblocking);
				continue;
			}
		}

		if (should_force_cow_break(vma, foll_flags))
			foll_flags |= FOLL_WRITE; /* expect: gup-forced-write kind=file-thp sink=follow_trans_huge_pmd */ /* expect: gup-forced-write kind=file-pte sink=follow_page_pte */

retry:
		page = follow_page_mask(vma, start, foll_flags);
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
