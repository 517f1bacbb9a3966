/* functions: demo_char_class demo_order_bucket */
/*
 * Parse fixture: GNU case ranges, fall-through and default.
 */

enum demo_class {
	DEMO_DIGIT,
	DEMO_LOWER,
	DEMO_UPPER,
	DEMO_OTHER,
};

static enum demo_class demo_char_class(char c)
{
	switch (c) {
	case '0' ... '9':
		return DEMO_DIGIT;
	case 'a' ... 'z':
		return DEMO_LOWER;
	case 'A' ... 'Z':
		return DEMO_UPPER;
	default:
		return DEMO_OTHER;
	}
}

static int demo_order_bucket(unsigned int order)
{
	int bucket = 0;

	switch (order) {
	case 0:
		bucket = 1;
		fallthrough;
	case 1 ... 3:
		bucket++;
		break;
	case 4 ... 8:
	case 9:
		bucket = 10;
		/* fall through */
	case 10 ... 11:
		bucket += 2;
		break;
	default:
		bucket = -1;
		break;
	}
	return bucket;
}
