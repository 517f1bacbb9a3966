// SPDX-License-Identifier: GPL-2.0-only
/*
 * Invented test fixture: a stand-in for huge page lookups.
 */
#include <linux/hugetlb.h>

static bool huge_stub_writable(struct vm_area_struct *vma, unsigned int flags)
{
	if (!(flags & FOLL_WRITE))
		return true;
	return vma->vm_flags & VM_WRITE;
}

long follow_huge_stub(struct vm_area_struct *vma, unsigned long address,
		      unsigned int flags)
{
	if (!huge_stub_writable(vma, flags))
		return -EFAULT;
	return huge_lookup_stub(vma, address);
}
