/*
 * mm/hugetlb.c - hand-written example for gupcheck.
 *
 * NOT kernel source: an invented miniature of the hugetlbfs page code of a
 * 5.4.y tree, keeping the real names of the GUP lookups and fault entry.
 */
#include <linux/list.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/sysctl.h>
#include <linux/highmem.h>
#include <linux/nodemask.h>
#include <linux/pagemap.h>
#include <linux/swapops.h>
#include <linux/hugetlb.h>

#include <asm/page.h>
#include <asm/pgtable.h>
#include "internal.h"

int hugetlb_max_hstate __read_mostly;
struct hstate hstates[HUGE_MAX_HSTATE];

/* Protects the free lists and the surplus counters of every hstate. */
static DEFINE_SPINLOCK(hugetlb_lock);

/* The COW and no-page halves of the fault path are not in this sample. */
vm_fault_t hugetlb_no_page(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long address, pte_t *ptep,
			   unsigned int flags);
vm_fault_t hugetlb_cow(struct mm_struct *mm, struct vm_area_struct *vma,
		       unsigned long address, pte_t *ptep);

static unsigned long hugetlb_free_pages(struct hstate *h)
{
	unsigned long nr = 0;
	int nid;

	spin_lock(&hugetlb_lock);
	for_each_node_state(nid, N_MEMORY)
		nr += h->free_huge_pages_node[nid];
	spin_unlock(&hugetlb_lock);
	return nr;
}

vm_fault_t hugetlb_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			 unsigned long address, unsigned int flags)
{
	struct hstate *h = hstate_vma(vma);
	pte_t *ptep, entry;

	address &= huge_page_mask(h);
	ptep = huge_pte_alloc(mm, address, huge_page_size(h));
	if (!ptep)
		return VM_FAULT_OOM;

	entry = huge_ptep_get(ptep);
	if (huge_pte_none(entry))
		return hugetlb_no_page(mm, vma, address, ptep, flags);
	if ((flags & FAULT_FLAG_WRITE) && !huge_pte_write(entry))
		return hugetlb_cow(mm, vma, address, ptep);
	return 0;
}

long follow_hugetlb_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct page **pages, struct vm_area_struct **vmas,
			 unsigned long *position, unsigned long *nr_pages,
			 long i, unsigned int flags, int *nonblocking)
{
	struct hstate *h = hstate_vma(vma);
	unsigned long vaddr = *position;
	unsigned long remainder = *nr_pages;
	int err = -EFAULT;

	while (vaddr < vma->vm_end && remainder) {
		spinlock_t *ptl;
		struct page *page;
		vm_fault_t ret;
		pte_t *pte;
		pte_t entry;

		pte = huge_pte_offset(mm, vaddr & huge_page_mask(h),
				      huge_page_size(h));
		if (!pte) {
			ret = hugetlb_fault(mm, vma, vaddr, (flags & FOLL_WRITE) ?
					    FAULT_FLAG_WRITE : 0);
			if (ret & VM_FAULT_ERROR)
				break;
			continue;
		}

		ptl = huge_pte_lock(h, mm, pte);
		entry = huge_ptep_get(pte);
		if ((flags & FOLL_WRITE) && !huge_pte_write(entry)) {
			/* Break the COW of the whole huge page, then look again. */
			spin_unlock(ptl);
			ret = hugetlb_fault(mm, vma, vaddr, FAULT_FLAG_WRITE);
			if (ret & VM_FAULT_ERROR) {
				remainder = 0;
				break;
			}
			continue;
		}

		page = pte_page(entry) +
		       ((vaddr & ~huge_page_mask(h)) >> PAGE_SHIFT);
		if (pages) {
			pages[i] = page;
			get_page(page);
		}
		if (vmas)
			vmas[i] = vma;
		spin_unlock(ptl);

		vaddr += PAGE_SIZE;
		--remainder;
		++i;
	}
	*nr_pages = remainder;
	*position = vaddr;

	return i ? i : err;
}

struct page * __weak
follow_huge_addr(struct mm_struct *mm, unsigned long address, int write)
{
	return ERR_PTR(-EINVAL);
}

struct page * __weak
follow_huge_pmd(struct mm_struct *mm, unsigned long address,
		pmd_t *pmd, int flags)
{
	struct page *page = NULL;
	spinlock_t *ptl;
	pte_t pte;

	ptl = pmd_lockptr(mm, pmd);
	spin_lock(ptl);
	if (!pmd_huge(*pmd))
		goto out;
	pte = huge_ptep_get((pte_t *)pmd);
	if (!pte_present(pte))
		goto out;

	page = pmd_page(*pmd) + ((address & ~PMD_MASK) >> PAGE_SHIFT);
	if (flags & FOLL_GET)
		get_page(page);
out:
	spin_unlock(ptl);
	return page;
}

struct page * __weak
follow_huge_pud(struct mm_struct *mm, unsigned long address,
		pud_t *pud, int flags)
{
	if (flags & FOLL_GET)
		return NULL;

	return pte_page(*(pte_t *)pud) + ((address & ~PUD_MASK) >> PAGE_SHIFT);
}

static int __init hugetlb_init(void)
{
	if (!hugepages_supported())
		return 0;
	pr_info("HugeTLB: %lu free huge pages\n",
		hugetlb_free_pages(&hstates[0]));
	return 0;
}
subsys_initcall(hugetlb_init);
