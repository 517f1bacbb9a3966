/* functions: demo_follow_thp demo_numa_hint demo_lookup demo_map_range */
/* dropped: demo_follow_thp demo_numa_hint_fallback demo_nommu_map */
/* Parse fixture: code under preprocessor conditionals. */

#ifdef CONFIG_TRANSPARENT_HUGEPAGE
static struct page *demo_follow_thp(struct vm_area_struct *vma, pmd_t *pmd,
				    unsigned int flags)
{
	if ((flags & FOLL_WRITE) && !pmd_write(*pmd))
		return NULL;
	return pmd_page(*pmd);
}
#else
static inline struct page *demo_follow_thp(struct vm_area_struct *vma,
					   pmd_t *pmd, unsigned int flags)
{
	return NULL;
}
#endif /* CONFIG_TRANSPARENT_HUGEPAGE */

#if defined(CONFIG_NUMA_BALANCING) && IS_ENABLED(CONFIG_MIGRATION)
static int demo_numa_hint(struct page *page) { return page_to_nid(page); }
#elif defined(CONFIG_NUMA)
static int demo_numa_hint_fallback(struct page *page) { return 0; }
#endif

#if 0
This was the old lookup. We don't use it any more, it can't cope with
huge pages and it's kept only for reference.
	if (demo_old_lookup(vma, addr) {
		goto again;
#endif

static struct page *demo_lookup(struct vm_area_struct *vma, pmd_t *pmd,
				unsigned int flags)
{
	pmd_t pmdval = READ_ONCE(*pmd);

	if (pmd_none(pmdval)
#ifdef CONFIG_TRANSPARENT_HUGEPAGE
	    || (pmd_trans_huge(pmdval) && !(flags & FOLL_SPLIT))
#endif
	   )
		return demo_follow_thp(vma, pmd, flags);
	return NULL;
}

#ifndef CONFIG_MMU
static int demo_nommu_map(unsigned long addr) { return -ENOSYS; }
#endif

static int demo_map_range(struct vm_area_struct *vma, unsigned long addr
#ifdef CONFIG_NUMA
			  , int nid
#endif
			  )
{
	int ret = 0;

#ifdef CONFIG_NUMA
	if (nid != NUMA_NO_NODE)
		ret = nid;
#endif
	return ret + (vma->vm_start <= addr);
}
