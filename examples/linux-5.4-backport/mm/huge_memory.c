/*
 * mm/huge_memory.c - hand-written example for gupcheck.
 *
 * NOT kernel source: an invented miniature of the transparent huge page
 * code of a 5.4.y tree, keeping the real names of the GUP lookups.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/highmem.h>
#include <linux/hugetlb.h>
#include <linux/mmu_notifier.h>
#include <linux/swap.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/pfn_t.h>

#include <asm/pgalloc.h>
#include "internal.h"

unsigned long transparent_hugepage_flags __read_mostly =
	(1 << TRANSPARENT_HUGEPAGE_REQ_MADV_FLAG);

static int __init setup_transparent_hugepage(char *str)
{
	if (!str)
		return 0;
	if (!strcmp(str, "always")) {
		set_bit(TRANSPARENT_HUGEPAGE_FLAG, &transparent_hugepage_flags);
		clear_bit(TRANSPARENT_HUGEPAGE_REQ_MADV_FLAG,
			  &transparent_hugepage_flags);
		return 1;
	}
	if (!strcmp(str, "never")) {
		clear_bit(TRANSPARENT_HUGEPAGE_FLAG, &transparent_hugepage_flags);
		clear_bit(TRANSPARENT_HUGEPAGE_REQ_MADV_FLAG,
			  &transparent_hugepage_flags);
		return 1;
	}
	pr_warn("transparent_hugepage= cannot parse, ignored\n");
	return 0;
}
__setup("transparent_hugepage=", setup_transparent_hugepage);

#ifdef CONFIG_SYSFS
static ssize_t hpage_pmd_size_show(struct kobject *kobj,
				   struct kobj_attribute *attr, char *buf)
{
	return sprintf(buf, "%lu\n", HPAGE_PMD_SIZE);
}
static struct kobj_attribute hpage_pmd_size_attr =
	__ATTR_RO(hpage_pmd_size);

static struct attribute *hugepage_attr[] = {
	&hpage_pmd_size_attr.attr,
	NULL,
};

static const struct attribute_group hugepage_attr_group = {
	.attrs = hugepage_attr,
};
#endif /* CONFIG_SYSFS */

static void touch_pmd(struct vm_area_struct *vma, unsigned long addr,
		      pmd_t *pmd, int flags)
{
	pmd_t young = pmd_mkyoung(*pmd);

	if (flags & FOLL_WRITE)
		young = pmd_mkdirty(young);
	if (pmdp_set_access_flags(vma, addr & HPAGE_PMD_MASK, pmd, young,
				  flags & FOLL_WRITE))
		update_mmu_cache_pmd(vma, addr, pmd);
}

struct page *follow_devmap_pmd(struct vm_area_struct *vma, unsigned long addr,
			       pmd_t *pmd, int flags, struct dev_pagemap **pgmap)
{
	unsigned long pfn = pmd_pfn(*pmd);
	struct page *page;

	assert_spin_locked(pmd_lockptr(vma->vm_mm, pmd));

	if (flags & FOLL_WRITE && !pmd_write(*pmd))
		return NULL;
	if (!pmd_present(*pmd) || !pmd_devmap(*pmd))
		return NULL;
	if (flags & FOLL_TOUCH)
		touch_pmd(vma, addr, pmd, flags);
	/* Only callers that take a reference may see device memory. */
	if (!(flags & FOLL_GET))
		return ERR_PTR(-EEXIST);

	pfn += (addr & ~PMD_MASK) >> PAGE_SHIFT;
	*pgmap = get_dev_pagemap(pfn, *pgmap);
	if (!*pgmap)
		return ERR_PTR(-EFAULT);
	page = pfn_to_page(pfn);
	get_page(page);
	return page;
}

/*
 * A read-only huge pmd can still be written through by FOLL_FORCE once
 * the COW fault has run (FOLL_COW) and left the entry dirty.
 */
static inline bool can_follow_write_pmd(pmd_t pmd, unsigned int flags)
{
	if (pmd_write(pmd))
		return true;
	return (flags & FOLL_FORCE) && (flags & FOLL_COW) && pmd_dirty(pmd);
}

struct page *follow_trans_huge_pmd(struct vm_area_struct *vma,
				   unsigned long addr, pmd_t *pmd,
				   unsigned int flags)
{
	struct page *page = NULL;

	assert_spin_locked(pmd_lockptr(vma->vm_mm, pmd));

	if (flags & FOLL_WRITE && !can_follow_write_pmd(*pmd, flags))
		goto out;

	/* Never hand the huge zero page to a core dump. */
	if ((flags & FOLL_DUMP) && is_huge_zero_pmd(*pmd))
		return ERR_PTR(-EFAULT);
	if ((flags & FOLL_NUMA) && pmd_protnone(*pmd))
		goto out;

	page = pmd_page(*pmd);
	VM_BUG_ON_PAGE(!PageHead(page) && !is_zone_device_page(page), page);
	if (flags & FOLL_TOUCH)
		touch_pmd(vma, addr, pmd, flags);

	page += (addr & ~HPAGE_PMD_MASK) >> PAGE_SHIFT;
	if (flags & FOLL_GET)
		get_page(page);
out:
	return page;
}

static int __init hugepage_init(void)
{
	int err = 0;

	if (!has_transparent_hugepage()) {
		transparent_hugepage_flags = 0;
		return -EINVAL;
	}
#ifdef CONFIG_SYSFS
	err = sysfs_create_group(mm_kobj, &hugepage_attr_group);
	if (err)
		pr_err("hugepage: failed to register sysfs group\n");
#endif
	return err;
}
subsys_initcall(hugepage_init);
