// SPDX-License-Identifier: GPL-2.0-only
/*
 * Invented test fixture: a tiny stand-in for the page pinning code.
 * Written by Zoë Invented.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/rmap.h>
#include <linux/swap.h>
#include <linux/pagemap.h>
#include <linux/secretmem.h>

static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags)
{
	vm_flags_t vm_flags = vma->vm_flags;
	int write = (gup_flags & FOLL_WRITE);

	if (vm_flags & (VM_IO | VM_PFNMAP))
		return -EFAULT;

	if (write && !(vm_flags & VM_WRITE))
		return -EFAULT;

	return 0;
}

static struct page *follow_page_stub(struct vm_area_struct *vma,
				     unsigned long address, unsigned int flags)
{
	struct page *page = NULL;

	VM_BUG_ON(!vma);

	if (flags & FOLL_GET)
		page = lookup_stub(vma, address);

	return page;
}

long get_pages_stub(struct mm_struct *mm, unsigned long start,
		    unsigned long nr_pages, unsigned int gup_flags)
{
	long i = 0;

	while (i < nr_pages) {
		struct vm_area_struct *vma = find_vma(mm, start);

		if (!vma || check_vma_flags(vma, gup_flags))
			return i ? i : -EFAULT;
		if (!follow_page_stub(vma, start, gup_flags))
			break;
		start += PAGE_SIZE;
		i++;
	}
	return i;
}
