/* functions: demo_walk_pmd demo_apply_each demo_scale */
/* Parse fixture: kernel typedef names used without their headers. */

static vm_fault_t demo_walk_pmd(struct vm_area_struct *vma, pud_t *pud,
				unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	pmd_t pmdval;
	pte_t *ptep;
	spinlock_t *ptl;
	vm_fault_t ret = 0;
	struct page *page;
	pgoff_t idx;
	bool ok;

	pmdval = READ_ONCE(*pmd);
	if (pmd_none(pmdval))
		return VM_FAULT_SIGBUS;
	ptep = pte_offset_map_lock(vma->vm_mm, pmd, addr, &ptl);
	page = vm_normal_page(vma, addr, *ptep);
	ok = page != NULL;
	idx = (pgoff_t)(addr >> PAGE_SHIFT);
	if (ok && page->index != idx)
		ret = VM_FAULT_RETRY;
	pte_unmap_unlock(ptep, ptl);
	return ret;
}

static int demo_apply_each(struct page **pages, int nr,
			   int (*fn)(struct page *, void *), void *data)
{
	typedef struct {
		int done;
		int failed;
	} demo_tally;
	demo_tally t = { 0 };
	int i;

	for (i = 0; i < nr; i++) {
		if (fn(pages[i], data))
			t.failed++;
		else
			t.done++;
	}
	return t.failed ? -EIO : t.done;
}

static u64 demo_scale(void *p, u64 a, u64 b)
{
	u64 x;
	u32 low;

	x = a * b;
	low = (u32)x;
	x = (unsigned long)p + low;
	x = x * a;
	return x;
}
