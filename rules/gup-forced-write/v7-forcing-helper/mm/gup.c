/*
 * gupcheck fixture v7-forcing-helper - hand-written, NOT kernel source.
 *
 * The forcing lives in a helper, gup_force_write(), whose return value
 * becomes the lookup flags: the findings sit on its return statement.
 */
#include <linux/mm.h>
#include <linux/huge_mm.h>

struct follow_page_context {
	unsigned int page_mask;
};

/* Defined in mm/huge_memory.c of this tree. */
struct page *follow_trans_huge_pmd(struct vm_area_struct *vma,
				   unsigned long addr, pmd_t *pmd,
				   unsigned int flags);

static struct page *follow_page_pte(struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd, unsigned int flags)
{
	struct page *page = NULL;
	spinlock_t *ptl;
	pte_t *ptep, pte;

	ptep = pte_offset_map_lock(vma->vm_mm, pmd, address, &ptl);
	pte = *ptep;
	if (!pte_present(pte))
		goto out;
	if ((flags & FOLL_WRITE) && !pte_write(pte))
		goto out;	/* the caller faults it in for writing */

	page = vm_normal_page(vma, address, pte);
	if (page && (flags & FOLL_GET))
		get_page(page);
out:
	pte_unmap_unlock(ptep, ptl);
	return page;
}

static struct page *follow_pmd_mask(struct vm_area_struct *vma,
				    unsigned long address, pud_t *pudp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	struct page *page;
	spinlock_t *ptl;
	pmd_t *pmd = pmd_offset(pudp, address);

	if (pmd_none(*pmd))
		return NULL;
	if (!pmd_trans_huge(*pmd))
		return follow_page_pte(vma, address, pmd, flags);

	ptl = pmd_lock(vma->vm_mm, pmd);
	page = follow_trans_huge_pmd(vma, address, pmd, flags);
	spin_unlock(ptl);
	ctx->page_mask = HPAGE_PMD_NR - 1;
	return page;
}

static struct page *follow_page_mask(struct vm_area_struct *vma,
				     unsigned long address, unsigned int flags,
				     struct follow_page_context *ctx)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, address);
	p4d_t *p4d;
	pud_t *pud;

	/* The pgd, p4d and pud levels of the walk, folded into one here. */
	ctx->page_mask = 0;
	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	p4d = p4d_offset(pgd, address);
	if (p4d_none(*p4d) || p4d_bad(*p4d))
		return NULL;
	pud = pud_offset(p4d, address);
	if (pud_none(*pud))
		return NULL;
	return follow_pmd_mask(vma, address, pud, flags, ctx);
}

/* Take every referenced page of a COW mapping as if for a write. */
static inline bool should_force_cow_break(struct vm_area_struct *vma,
					  unsigned int flags)
{
	return is_cow_mapping(vma->vm_flags) && (flags & FOLL_GET);
}

static int faultin_page(struct vm_area_struct *vma, unsigned long address,
			unsigned int *flags)
{
	vm_fault_t ret;

	ret = handle_mm_fault(vma, address,
			      (*flags & FOLL_WRITE) ? FAULT_FLAG_WRITE : 0);
	return (ret & VM_FAULT_ERROR) ? -EFAULT : 0;
}

/*
 * The flags to look a page up with: a referenced page of a COW mapping is
 * taken as if for a write, so that its COW is broken now.
 */
static unsigned int gup_force_write(struct vm_area_struct *vma,
				    unsigned int flags)
{
	if (should_force_cow_break(vma, flags))
		return flags | FOLL_WRITE; /* expect: gup-forced-write kind=file-thp sink=follow_trans_huge_pmd */ /* expect: gup-forced-write kind=file-pte sink=follow_page_pte */
	return flags;
}

static long __get_user_pages(struct mm_struct *mm, unsigned long start,
			     unsigned long nr_pages, unsigned int gup_flags,
			     struct page **pages)
{
	struct follow_page_context ctx = { 0 };
	struct vm_area_struct *vma = NULL;
	long ret = 0, i = 0;

	do {
		unsigned int foll_flags = gup_flags;
		struct page *page;

		if (!vma || start >= vma->vm_end) {
			vma = find_extend_vma(mm, start);
			if (!vma)
				return i ? i : -EFAULT;
		}

		foll_flags = gup_force_write(vma, foll_flags);
retry:
		page = follow_page_mask(vma, start, foll_flags, &ctx);
		if (!page) {
			ret = faultin_page(vma, start, &foll_flags);
			if (!ret)
				goto retry;
			break;
		}
		if (IS_ERR(page)) {
			ret = PTR_ERR(page);
			break;
		}
		if (pages)
			pages[i] = page;
		i++;
		start += PAGE_SIZE;
		nr_pages--;
	} while (nr_pages);

	return i ? i : ret;
}

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages)
{
	if (pages)
		gup_flags |= FOLL_GET;
	return __get_user_pages(current->mm, start, nr_pages,
				gup_flags | FOLL_TOUCH, pages);
}
EXPORT_SYMBOL(get_user_pages);
