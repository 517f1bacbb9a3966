/*
 * gupcheck fixture x2-same-static-name-two-files - hand-written, NOT kernel source.
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

/*
 * A name mm/gup.c uses for a static function of its own. This one only
 * reads a huge pmd: it reaches no lookup, whatever flags it is given.
 */
static struct page *follow_lookup(struct vm_area_struct *vma,
				  unsigned long addr, unsigned int flags,
				  pmd_t *pmd)
{
	struct page *page;

	if (!pmd_trans_huge(*pmd))
		return NULL;
	page = pmd_page(*pmd) + ((addr & ~HPAGE_PMD_MASK) >> PAGE_SHIFT);
	if (flags & FOLL_GET)
		get_page(page);
	return page;
}

/* The page a write at addr would go to, if a huge pmd maps it. */
struct page *thp_page_for_write(struct vm_area_struct *vma,
				unsigned long addr, pmd_t *pmd,
				unsigned int flags)
{
	return follow_lookup(vma, addr, flags | FOLL_WRITE, pmd); /* ok: gup-forced-write */
}
