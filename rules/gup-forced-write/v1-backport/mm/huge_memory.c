/*
 * gupcheck fixture v1-backport - hand-written, NOT kernel source.
 *
 * The transparent huge page lookup: a pmd that is not writable fails a
 * write lookup, so a forced write on read-only file THP never succeeds.
 */
#include <linux/mm.h>
#include <linux/huge_mm.h>

static inline bool can_follow_write_pmd(pmd_t pmd, unsigned int flags)
{
	if (pmd_write(pmd))
		return true;
	return (flags & FOLL_FORCE) && (flags & FOLL_COW) && pmd_dirty(pmd);
}

struct page *follow_trans_huge_pmd(struct vm_area_struct *vma,
				   unsigned long addr, pmd_t *pmd,
				   unsigned int flags)
{
	struct page *page = NULL;

	if (flags & FOLL_WRITE && !can_follow_write_pmd(*pmd, flags))
		goto out;
	if ((flags & FOLL_NUMA) && pmd_protnone(*pmd))
		goto out;

	page = pmd_page(*pmd) + ((addr & ~HPAGE_PMD_MASK) >> PAGE_SHIFT);
	if (flags & FOLL_GET)
		get_page(page);
out:
	return page;
}
