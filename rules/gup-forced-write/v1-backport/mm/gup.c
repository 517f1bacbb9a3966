/*
 * gupcheck fixture v1-backport - hand-written, NOT kernel source.
 *
 * The 5.4.y shape after the forced-COW backport: both branches of
 * __get_user_pages() force FOLL_WRITE before the lookup, and the fast
 * path forces it into its lockless page-table walk.
 */
#include <linux/mm.h>
#include <linux/hugetlb.h>
#include <linux/huge_mm.h>

struct follow_page_context {
	unsigned int page_mask;
};

/* Defined in mm/huge_memory.c and mm/hugetlb.c of this tree. */
struct page *follow_trans_huge_pmd(struct vm_area_struct *vma,
				   unsigned long addr, pmd_t *pmd,
				   unsigned int flags);
struct page *follow_huge_pmd(struct mm_struct *mm, unsigned long address,
			     pmd_t *pmd, int flags);
struct page *follow_huge_pud(struct mm_struct *mm, unsigned long address,
			     pud_t *pud, int flags);
long follow_hugetlb_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct page **pages, struct vm_area_struct **vmas,
			 unsigned long *position, unsigned long *nr_pages,
			 long i, unsigned int flags, int *nonblocking);

/* The lockless walk is not part of this tree. */
void gup_pgd_range(unsigned long addr, unsigned long end,
		   unsigned int flags, struct page **pages, int *nr);

static struct page *follow_page_pte(struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd, unsigned int flags)
{
	struct page *page;
	spinlock_t *ptl;
	pte_t *ptep, pte;

	ptep = pte_offset_map_lock(vma->vm_mm, pmd, address, &ptl);
	pte = *ptep;
	if (!pte_present(pte))
		goto no_page;
	if ((flags & FOLL_WRITE) && !pte_write(pte))
		goto no_page;	/* the caller faults it in for writing */

	page = vm_normal_page(vma, address, pte);
	if (page && (flags & FOLL_GET))
		get_page(page);
	pte_unmap_unlock(ptep, ptl);
	return page;
no_page:
	pte_unmap_unlock(ptep, ptl);
	return NULL;
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
	if (pmd_huge(*pmd) && is_vm_hugetlb_page(vma))
		return follow_huge_pmd(vma->vm_mm, address, pmd, flags);
	if (!pmd_trans_huge(*pmd))
		return follow_page_pte(vma, address, pmd, flags);

	ptl = pmd_lock(vma->vm_mm, pmd);
	page = follow_trans_huge_pmd(vma, address, pmd, flags);
	spin_unlock(ptl);
	ctx->page_mask = HPAGE_PMD_NR - 1;
	return page;
}

static struct page *follow_pud_mask(struct vm_area_struct *vma,
				    unsigned long address, p4d_t *p4dp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	pud_t *pud = pud_offset(p4dp, address);

	if (pud_none(*pud))
		return NULL;
	if (pud_huge(*pud) && is_vm_hugetlb_page(vma))
		return follow_huge_pud(vma->vm_mm, address, pud, flags);
	return follow_pmd_mask(vma, address, pud, flags, ctx);
}

static struct page *follow_p4d_mask(struct vm_area_struct *vma,
				    unsigned long address, pgd_t *pgdp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	p4d_t *p4d = p4d_offset(pgdp, address);

	if (p4d_none(*p4d) || p4d_bad(*p4d))
		return NULL;
	return follow_pud_mask(vma, address, p4d, flags, ctx);
}

static struct page *follow_page_mask(struct vm_area_struct *vma,
				     unsigned long address, unsigned int flags,
				     struct follow_page_context *ctx)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, address);

	ctx->page_mask = 0;
	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	return follow_p4d_mask(vma, address, pgd, flags, ctx);
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
	unsigned int fault_flags = 0;
	vm_fault_t ret;

	if (*flags & FOLL_WRITE)
		fault_flags |= FAULT_FLAG_WRITE;
	ret = handle_mm_fault(vma, address, fault_flags);
	if (ret & VM_FAULT_ERROR)
		return -EFAULT;
	if (ret & VM_FAULT_RETRY)
		return -EBUSY;
	return 0;
}

static long __get_user_pages(struct mm_struct *mm, unsigned long start,
			     unsigned long nr_pages, unsigned int gup_flags,
			     struct page **pages, struct vm_area_struct **vmas,
			     int *nonblocking)
{
	struct follow_page_context ctx = { 0 };
	struct vm_area_struct *vma = NULL;
	long ret = 0, i = 0;

	/* an early exit on a parameter: not a request to write */
	if (!nr_pages)
		return 0;

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
				i = follow_hugetlb_page(mm, vma, pages, vmas,
							&start, &nr_pages, i,
							foll_flags, nonblocking);
				continue;
			}
		}

		if (should_force_cow_break(vma, foll_flags))
			foll_flags |= FOLL_WRITE; /* expect: gup-forced-write kind=file-thp sink=follow_trans_huge_pmd */ /* expect: gup-forced-write kind=file-pte sink=follow_page_pte */

retry:
		if (fatal_signal_pending(current))
			return i ? i : -ERESTARTSYS;
		cond_resched();

		page = follow_page_mask(vma, start, foll_flags, &ctx);
		if (!page) {
			ret = faultin_page(vma, start, &foll_flags);
			switch (ret) {
			case 0:
				goto retry;
			case -EBUSY:
				ret = 0;
				/* fall through */
			default:
				goto out;
			}
		} else if (IS_ERR(page)) {
			ret = PTR_ERR(page);
			goto out;
		}
		if (pages)
			pages[i] = page;
		if (vmas)
			vmas[i] = vma;
		i++;
		start += PAGE_SIZE;
		nr_pages--;
	} while (nr_pages);
out:
	return i ? i : ret;
}

long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas)
{
	if (pages)
		gup_flags |= FOLL_GET;
	return __get_user_pages(current->mm, start, nr_pages,
				gup_flags | FOLL_TOUCH, pages, vmas, NULL);
}
EXPORT_SYMBOL(get_user_pages);

int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages)
{
	unsigned long end = start + ((unsigned long)nr_pages << PAGE_SHIFT);
	int nr = 0;
	long ret;

	/* Only writable entries: a read-only COW page takes the slow path. */
	local_irq_disable();
	gup_pgd_range(start, end, gup_flags | FOLL_WRITE, pages, &nr); /* expect: gup-forced-write kind=fast-path severity=note */
	local_irq_enable();

	if (nr < nr_pages) {
		ret = get_user_pages(start + ((unsigned long)nr << PAGE_SHIFT),
				     nr_pages - nr, gup_flags, pages + nr, NULL);
		if (ret > 0)
			nr += ret;
	}
	return nr;
}
EXPORT_SYMBOL_GPL(get_user_pages_fast);
