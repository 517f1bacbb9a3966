/*
 * gupcheck fixture v1-backport - hand-written, NOT kernel source.
 *
 * Read-only file THP is present: executable text of a regular file may be
 * collapsed into a huge page mapped by a read-only pmd.
 */
#include <linux/mm.h>
#include <linux/huge_mm.h>

bool khugepaged_vma_suitable(struct vm_area_struct *vma,
			     unsigned long vm_flags)
{
	if (vm_flags & VM_NOHUGEPAGE)
		return false;
#ifdef CONFIG_READ_ONLY_THP_FOR_FS
	if (vma->vm_file && (vm_flags & VM_DENYWRITE))
		return IS_ALIGNED(vma->vm_start - (vma->vm_pgoff << PAGE_SHIFT),
				  HPAGE_PMD_SIZE);
#endif
	return vma->anon_vma && !vma->vm_ops;
}
