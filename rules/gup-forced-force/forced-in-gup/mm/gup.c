/* Hand-written fixture for gupcheck's gup-forced-force rule. Not kernel source. */
#include <linux/mm.h>

static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags)
{
	vm_flags_t vm_flags = vma->vm_flags;

	if (gup_flags & FOLL_WRITE) {
		if (!(vm_flags & VM_WRITE)) {
			if (!(gup_flags & FOLL_FORCE))
				return -EFAULT;
			if (!is_cow_mapping(vm_flags))
				return -EFAULT;
		}
	} else if (!(vm_flags & VM_READ)) {
		if (!(gup_flags & FOLL_FORCE))
			return -EFAULT;
	}
	return 0;
}

static inline bool can_follow_write_pte(pte_t pte, unsigned int flags)
{
	return pte_write(pte) ||
		((flags & FOLL_FORCE) && (flags & FOLL_COW) && pte_dirty(pte));
}

static struct page *follow_page_pte(struct vm_area_struct *vma, unsigned long address,
				    pmd_t *pmd, unsigned int flags)
{
	pte_t pte = *pte_offset_map(pmd, address);

	if ((flags & FOLL_WRITE) && !can_follow_write_pte(pte, flags))
		return NULL;
	return vm_normal_page(vma, address, pte);
}

static long __get_user_pages(struct mm_struct *mm, unsigned long start,
			     unsigned long nr_pages, unsigned int gup_flags,
			     struct page **pages)
{
	struct vm_area_struct *vma;
	long i = 0;

	gup_flags |= FOLL_FORCE; /* expect: gup-forced-force kind=permission sink=check_vma_flags */ /* expect: gup-forced-force kind=cow-follow sink=follow_page_pte */
	do {
		struct page *page;
		pmd_t *pmd;

		vma = find_extend_vma(mm, start);
		if (!vma || check_vma_flags(vma, gup_flags))
			return i ? i : -EFAULT;
		pmd = mm_find_pmd(mm, start);
		page = follow_page_pte(vma, start, pmd, gup_flags);
		if (!page)
			break;
		if (pages)
			pages[i] = page;
		i++;
		start += PAGE_SIZE;
	} while (--nr_pages);
	return i;
}
