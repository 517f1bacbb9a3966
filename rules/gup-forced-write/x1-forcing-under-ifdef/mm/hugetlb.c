/*
 * gupcheck fixture x1-forcing-under-ifdef - hand-written, NOT kernel source.
 *
 * The hugetlbfs lookup: a write to a huge page that is not writable goes
 * straight to the fault handler, which copies the whole huge page.
 */
#include <linux/mm.h>
#include <linux/hugetlb.h>

vm_fault_t hugetlb_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			 unsigned long address, unsigned int flags);

long follow_hugetlb_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct page **pages, struct vm_area_struct **vmas,
			 unsigned long *position, unsigned long *nr_pages,
			 long i, unsigned int flags, int *nonblocking)
{
	struct hstate *h = hstate_vma(vma);
	unsigned long vaddr = *position;
	unsigned long remainder = *nr_pages;

	while (vaddr < vma->vm_end && remainder) {
		pte_t *pte = huge_pte_offset(mm, vaddr & huge_page_mask(h),
					     huge_page_size(h));
		pte_t entry;

		if (!pte)
			break;
		entry = huge_ptep_get(pte);
		if ((flags & FOLL_WRITE) && !huge_pte_write(entry)) {
			/* Break the COW of the whole huge page, then look again. */
			if (hugetlb_fault(mm, vma, vaddr, FAULT_FLAG_WRITE) &
			    VM_FAULT_ERROR)
				break;
			continue;
		}
		if (pages) {
			pages[i] = pte_page(entry) +
				   ((vaddr & ~huge_page_mask(h)) >> PAGE_SHIFT);
			get_page(pages[i]);
		}
		if (vmas)
			vmas[i] = vma;
		vaddr += PAGE_SIZE;
		remainder--;
		i++;
	}
	*nr_pages = remainder;
	*position = vaddr;
	return i ? i : -EFAULT;
}
