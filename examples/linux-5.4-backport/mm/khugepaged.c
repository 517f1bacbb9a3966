/*
 * mm/khugepaged.c - hand-written example for gupcheck.
 *
 * NOT kernel source: an invented miniature of the khugepaged scanner of a
 * 5.4.y tree. It matters to gupcheck because CONFIG_READ_ONLY_THP_FOR_FS
 * lets khugepaged collapse read-only file text into huge pages that are
 * mapped by read-only PMDs.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/rmap.h>
#include <linux/swap.h>
#include <linux/freezer.h>
#include <linux/kthread.h>
#include <linux/khugepaged.h>
#include <linux/shmem_fs.h>

#include "internal.h"

static unsigned int khugepaged_pages_to_scan __read_mostly;
static unsigned int khugepaged_scan_sleep_millisecs __read_mostly = 10000;
static DECLARE_WAIT_QUEUE_HEAD(khugepaged_wait);
static struct task_struct *khugepaged_thread __read_mostly;

struct khugepaged_scan {
	struct list_head mm_head;
	struct mm_struct *mm;
	unsigned long address;
};

static struct khugepaged_scan khugepaged_scan = {
	.mm_head = LIST_HEAD_INIT(khugepaged_scan.mm_head),
};

static bool hugepage_vma_check(struct vm_area_struct *vma,
			       unsigned long vm_flags)
{
	if (vm_flags & VM_NOHUGEPAGE)
		return false;
	if (!(vm_flags & VM_HUGEPAGE) && !khugepaged_always())
		return false;

	/* Executable text of a regular file: read-only file THP. */
	if (IS_ENABLED(CONFIG_READ_ONLY_THP_FOR_FS) && vma->vm_file &&
	    (vm_flags & VM_DENYWRITE))
		return IS_ALIGNED(vma->vm_start - (vma->vm_pgoff << PAGE_SHIFT),
				  HPAGE_PMD_SIZE);

	if (shmem_file(vma->vm_file))
		return shmem_huge_enabled(vma);
	return vma->anon_vma && !vma->vm_ops;
}

static int khugepaged_scan_pmd(struct mm_struct *mm,
			       struct vm_area_struct *vma,
			       unsigned long address)
{
	pmd_t *pmd = mm_find_pmd(mm, address);

	if (!pmd || pmd_trans_huge(*pmd))
		return 0;
	return collapse_huge_page(mm, address, vma);
}

#ifdef CONFIG_READ_ONLY_THP_FOR_FS
static int khugepaged_scan_file(struct mm_struct *mm, struct file *file,
				pgoff_t start)
{
	struct address_space *mapping = file->f_mapping;
	struct page *page;
	int present = 0;
	pgoff_t index;

	rcu_read_lock();
	for (index = start; index < start + HPAGE_PMD_NR; index++) {
		page = find_get_entry(mapping, index);
		if (!page || xa_is_value(page))
			continue;
		if (PageTransCompound(page))
			break;
		present++;
		put_page(page);
	}
	rcu_read_unlock();

	if (present < HPAGE_PMD_NR / 2)
		return 0;
	return collapse_file(mm, file, start);
}
#else
static int khugepaged_scan_file(struct mm_struct *mm, struct file *file,
				pgoff_t start)
{
	BUILD_BUG();
	return 0;
}
#endif /* CONFIG_READ_ONLY_THP_FOR_FS */

static unsigned int khugepaged_scan_mm(struct mm_struct *mm,
				       unsigned int pages)
{
	struct vm_area_struct *vma;
	unsigned int progress = 0;

	down_read(&mm->mmap_sem);
	for (vma = mm->mmap; vma && progress < pages; vma = vma->vm_next) {
		unsigned long addr;

		if (!hugepage_vma_check(vma, vma->vm_flags))
			continue;
		addr = ALIGN(vma->vm_start, HPAGE_PMD_SIZE);
		for (; addr + HPAGE_PMD_SIZE <= vma->vm_end;
		     addr += HPAGE_PMD_SIZE) {
			if (IS_ENABLED(CONFIG_READ_ONLY_THP_FOR_FS) &&
			    vma->vm_file && !shmem_file(vma->vm_file))
				khugepaged_scan_file(mm, vma->vm_file,
						     linear_page_index(vma, addr));
			else
				khugepaged_scan_pmd(mm, vma, addr);
			progress += HPAGE_PMD_NR;
		}
	}
	up_read(&mm->mmap_sem);
	return progress;
}

static int khugepaged(void *none)
{
	set_freezable();
	set_user_nice(current, MAX_NICE);

	while (!kthread_should_stop()) {
		if (khugepaged_scan.mm)
			khugepaged_scan_mm(khugepaged_scan.mm,
					   khugepaged_pages_to_scan);
		wait_event_freezable_timeout(khugepaged_wait,
			kthread_should_stop(),
			msecs_to_jiffies(khugepaged_scan_sleep_millisecs));
	}
	return 0;
}

int start_stop_khugepaged(void)
{
	if (khugepaged_thread)
		return 0;
	khugepaged_pages_to_scan = HPAGE_PMD_NR * 8;
	khugepaged_thread = kthread_run(khugepaged, NULL, "khugepaged");
	if (IS_ERR(khugepaged_thread)) {
		int err = PTR_ERR(khugepaged_thread);

		khugepaged_thread = NULL;
		return err;
	}
	return 0;
}
