/*
 * C11 with the GNU extensions the Linux kernel uses, read without headers and without
 * macro expansion.  Written for gupcheck from the C11 standard's syntax summary.
 *
 * The grammar relies on a token pass in front of it (gupcheck.parse.TokenClassifier):
 *   - identifiers judged to name types become TypedefName, so every decision between a
 *     declaration and an expression is made on one token instead of a symbol table;
 *   - an identifier followed by a parenthesised list and then a statement inside a
 *     function (list_for_each_entry(...) { }) becomes IteratorName;
 *   - an identifier standing next to a string literal (KERN_INFO "x") becomes StringMacro;
 *   - a macro call whose arguments hold statements (DLM_ASSERT(x, printk(..);)) becomes CodeMacro;
 *   - annotation macros (__user, __releases(x), ...) are moved off the default channel.
 * Kept decisions LL(1)-like on purpose: SLL prediction then succeeds on almost all input.
 */
grammar KernelC;

@header {
package gupcheck.parse.antlr;
}

tokens { TypedefName, IteratorName, StringMacro, CodeMacro }

// ---------------------------------------------------------------- top level

/** One top-level chunk; the caller splits a file into chunks so one bad item costs only itself. */
chunk
    : externalDeclaration* EOF
    ;

externalDeclaration
    : functionOrDeclaration
    | macroItem
    | staticAssertDeclaration
    | asmStatement
    | ';'
    ;

functionOrDeclaration
    : declarationSpecifiers ( declarator ( functionBody | declaratorTail ) | ';' )
    ;

functionBody
    : compoundStatement
    ;

declaratorTail
    : ( '=' initializer )? ( ',' initDeclarator )* ';'
    ;

/** EXPORT_SYMBOL(x);  DEFINE_PER_CPU(struct foo, bar);  SYSCALL_DEFINE3(name, ...) { ... } */
macroItem
    : Identifier '(' balancedTokens ')' ( compoundStatement | ( '=' initializer )? ';' )?
    ;

staticAssertDeclaration
    : StaticAssert '(' balancedTokens ')' ';'
    ;

// ---------------------------------------------------------------- declarations

declaration
    : declarationSpecifiers initDeclaratorList? ';'
    ;

declarationSpecifiers
    : declarationSpecifier+
    ;

declarationSpecifier
    : storageClassSpecifier
    | typeSpecifier
    | typeQualifier
    | functionSpecifier
    | attributeSpecifier
    | alignmentSpecifier
    | Extension
    ;

storageClassSpecifier
    : Typedef | Extern | Static | ThreadLocal | Auto | Register
    ;

functionSpecifier
    : Inline | Noreturn
    ;

alignmentSpecifier
    : Alignas '(' ( typeName | conditionalExpression ) ')'
    ;

typeQualifier
    : Const | Restrict | Volatile | Atomic
    ;

typeSpecifier
    : Void | Char | Short | Int | Long | Float | Double | Signed | Unsigned
    | Bool | Complex | Int128 | AutoType
    | structOrUnionSpecifier
    | enumSpecifier
    | TypedefName
    | typeofSpecifier
    | Atomic '(' typeName ')'
    ;

typeofSpecifier
    : Typeof '(' ( typeName | expression ) ')'
    ;

structOrUnionSpecifier
    : ( Struct | Union ) attributeSpecifier*
      ( tagName ( '{' structDeclaration* '}' )? | '{' structDeclaration* '}' )
    ;

tagName
    : Identifier | TypedefName
    ;

structDeclaration
    : specifierQualifierList structDeclaratorList? ';'
    | Identifier '(' balancedTokens ')' ';'?
    | staticAssertDeclaration
    | ';'
    ;

specifierQualifierList
    : ( typeSpecifier | typeQualifier | attributeSpecifier | alignmentSpecifier | Extension )+
    ;

structDeclaratorList
    : structDeclarator ( ',' structDeclarator )*
    ;

structDeclarator
    : declarator ( ':' conditionalExpression )?
    | ':' conditionalExpression
    ;

enumSpecifier
    : Enum attributeSpecifier* ( tagName ( '{' enumeratorList? '}' )? | '{' enumeratorList? '}' )
    ;

enumeratorList
    : enumerator ( ',' enumerator )* ','?
    ;

enumerator
    : ( Identifier | TypedefName ) attributeSpecifier* ( '=' conditionalExpression )?
    ;

initDeclaratorList
    : initDeclarator ( ',' initDeclarator )*
    ;

initDeclarator
    : declarator ( '=' initializer )?
    ;

declarator
    : pointer? directDeclarator asmLabel? attributeSpecifier*
    ;

directDeclarator
    : ( Identifier | '(' attributeSpecifier* declarator ')' ) declaratorSuffix*
    ;

declaratorSuffix
    : '[' arrayBound ']'
    | '(' parameterList? ')'
    ;

arrayBound
    : ( typeQualifier | Static )* ( assignmentExpression | '*' )?
    ;

pointer
    : ( '*' ( typeQualifier | attributeSpecifier )* )+
    ;

parameterList
    : parameter ( ',' parameter )* ( ',' '...' )?
    | '...'
    ;

parameter
    : declarationSpecifiers ( declarator | abstractDeclarator )?
    | assignmentExpression             // K&R name, or an argument of static DEFINE_RATELIMIT_STATE(rs, 5 * HZ, 10);
    ;

typeName
    : specifierQualifierList abstractDeclarator?
    ;

abstractDeclarator
    : pointer directAbstractDeclarator? attributeSpecifier*
    | directAbstractDeclarator attributeSpecifier*
    ;

directAbstractDeclarator
    : ( '(' attributeSpecifier* abstractDeclarator ')' | '[' arrayBound ']' | '(' parameterList? ')' )
      declaratorSuffix*
    ;

initializer
    : assignmentExpression
    | braceInitializer
    ;

braceInitializer
    : '{' ( designatedInitializer ( ',' designatedInitializer )* ','? )? '}'
    ;

designatedInitializer
    : designation? initializer
    ;

designation
    : designator+ '='
    | memberName ':'                   // old GNU field: value
    ;

designator
    : '[' conditionalExpression ( '...' conditionalExpression )? ']'
    | '.' memberName
    ;

memberName
    : Identifier | TypedefName
    ;

attributeSpecifier
    : Attribute '(' '(' balancedTokens ')' ')'
    ;

/** int foo asm("bar"); */
asmLabel
    : Asm '(' stringSequence ')'
    ;

/** Anything with balanced parentheses: macro arguments and attribute contents we do not model. */
balancedTokens
    : ( ~( '(' | ')' ) | '(' balancedTokens ')' )*
    ;

// ---------------------------------------------------------------- statements

statement
    : compoundStatement
    | expressionStatement
    | ifStatement
    | switchStatement
    | whileStatement
    | doStatement
    | forStatement
    | iteratorStatement
    | gotoStatement
    | continueStatement
    | breakStatement
    | returnStatement
    | asmStatement
    ;

/**
 * Labels are block items of their own rather than prefixes of a statement: "label: stmt" and
 * "label:" followed by "stmt" would otherwise be two readings of the same tokens.
 */
labelItem
    : labelName ':'
    ;

labelName
    : Identifier | TypedefName
    ;

caseItem
    : Case conditionalExpression ( '...' conditionalExpression )? ':'
    | Default ':'
    ;

compoundStatement
    : '{' blockItem* '}'
    ;

blockItem
    : labelItem
    | caseItem
    | declaration
    | staticAssertDeclaration
    | Label Identifier ( ',' Identifier )* ';'
    | statement
    ;

expressionStatement
    : expression? ';'
    ;

ifStatement
    : If '(' expression ')' statement ( Else statement )?
    ;

switchStatement
    : Switch '(' expression ')' statement
    ;

whileStatement
    : While '(' expression ')' statement
    ;

/** do { } while_each_thread(g, t); a macro may stand for the closing "while (...)". */
doStatement
    : Do statement ( While '(' expression ')' | Identifier '(' argumentList? ')' ) ';'
    ;

forStatement
    : For '(' ( declaration | expression? ';' ) expression? ';' expression? ')' statement
    ;

/** list_for_each_entry(pos, head, member) statement */
iteratorStatement
    : IteratorName '(' argumentList? ')' statement
    ;

gotoStatement
    : Goto ( labelName | '*' expression ) ';'
    ;

continueStatement
    : Continue ';'
    ;

breakStatement
    : Break ';'
    ;

returnStatement
    : Return expression? ';'
    ;

asmStatement
    : Asm ( Volatile | Goto | Inline )* '(' balancedTokens ')' ';'
    ;

// ---------------------------------------------------------------- expressions

expression
    : assignmentExpression ( ',' assignmentExpression )*
    ;

/** The left side is checked to be a unary expression by the AST builder, not here: LL(1). */
assignmentExpression
    : conditionalExpression ( assignmentOperator ( assignmentExpression | braceInitializer ) )?
    ;

assignmentOperator
    : '=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '&=' | '^=' | '|='
    ;

conditionalExpression
    : logicalOrExpression ( '?' expression? ':' conditionalExpression )?
    ;

logicalOrExpression
    : logicalAndExpression ( '||' logicalAndExpression )*
    ;

logicalAndExpression
    : inclusiveOrExpression ( '&&' inclusiveOrExpression )*
    ;

inclusiveOrExpression
    : exclusiveOrExpression ( '|' exclusiveOrExpression )*
    ;

exclusiveOrExpression
    : andExpression ( '^' andExpression )*
    ;

andExpression
    : equalityExpression ( '&' equalityExpression )*
    ;

equalityExpression
    : relationalExpression ( ( '==' | '!=' ) relationalExpression )*
    ;

relationalExpression
    : shiftExpression ( ( '<' | '>' | '<=' | '>=' ) shiftExpression )*
    ;

shiftExpression
    : additiveExpression ( ( '<<' | '>>' ) additiveExpression )*
    ;

additiveExpression
    : multiplicativeExpression ( ( '+' | '-' ) multiplicativeExpression )*
    ;

multiplicativeExpression
    : castExpression ( ( '*' | '/' | '%' ) castExpression )*
    ;

castExpression
    : '(' typeName ')' ( castExpression | braceInitializer postfixSuffix* )
    | unaryExpression
    ;

unaryExpression
    : postfixExpression                                  # postfixUnary
    | ( '++' | '--' ) unaryExpression                    # preIncrement
    | ( '&' | '*' | '+' | '-' | '~' | '!' ) castExpression   # prefixOperator
    | Sizeof '(' typeName ')'                            # sizeofType
    | Sizeof unaryExpression                             # sizeofExpression
    | Alignof '(' ( typeName | expression ) ')'          # alignofType
    | '&&' labelName                                     # labelAddress
    | Extension castExpression                           # extensionExpression
    ;

postfixExpression
    : primaryExpression postfixSuffix*
    ;

postfixSuffix
    : '[' expression ']'                                 # indexSuffix
    | '(' argumentList? ')'                              # callSuffix
    | ( '.' | '->' ) memberName                          # memberSuffix
    | ( '++' | '--' )                                    # postIncrementSuffix
    ;

/** Macro arguments may be types (container_of(p, struct page, lru)) or missing (FOO(a, , b)). */
argumentList
    : argument? ( ',' argument? )*
    ;

argument
    : assignmentExpression
    | typeName
    | bareOperator                     // ASSERTCMP(a, ==, b)
    ;

bareOperator
    : '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '&&' | '||' | '<<' | '>>'
    ;

primaryExpression
    : Identifier                                         # identifierPrimary
    | Constant                                           # constantPrimary
    | CharacterConstant                                  # constantPrimary
    | stringSequence                                     # stringPrimary
    | '(' compoundStatement ')'                          # statementExpression
    | '(' expression ')'                                 # parenthesized
    | Generic '(' assignmentExpression ( ',' genericAssociation )+ ')'   # genericSelection
    | CodeMacro '(' balancedTokens ')'                   # codeMacroPrimary
    ;

genericAssociation
    : ( typeName | Default ) ':' assignmentExpression
    ;

stringSequence
    : ( StringLiteral | StringMacro )+
    ;

// ---------------------------------------------------------------- lexer

Auto : 'auto';
Break : 'break';
Case : 'case';
Char : 'char';
Const : 'const' | '__const' | '__const__';
Continue : 'continue';
Default : 'default';
Do : 'do';
Double : 'double';
Else : 'else';
Enum : 'enum';
Extern : 'extern';
Float : 'float';
For : 'for';
Goto : 'goto';
If : 'if';
Inline : 'inline' | '__inline' | '__inline__';
Int : 'int';
Long : 'long';
Register : 'register';
Restrict : 'restrict' | '__restrict' | '__restrict__';
Return : 'return';
Short : 'short';
Signed : 'signed' | '__signed' | '__signed__';
Sizeof : 'sizeof';
Static : 'static';
Struct : 'struct';
Switch : 'switch';
Typedef : 'typedef';
Union : 'union';
Unsigned : 'unsigned';
Void : 'void';
Volatile : 'volatile' | '__volatile' | '__volatile__';
While : 'while';
Alignas : '_Alignas';
Alignof : '_Alignof' | '__alignof' | '__alignof__';
Atomic : '_Atomic';
Bool : '_Bool';
Complex : '_Complex' | '__complex__';
Generic : '_Generic';
Noreturn : '_Noreturn';
StaticAssert : '_Static_assert';
ThreadLocal : '_Thread_local' | '__thread';
Attribute : '__attribute__' | '__attribute';
Typeof : 'typeof' | '__typeof__' | '__typeof' | 'typeof_unqual' | '__typeof_unqual__';
Asm : 'asm' | '__asm__' | '__asm';
Extension : '__extension__';
Label : '__label__';
Int128 : '__int128';
AutoType : '__auto_type';

Identifier
    : [a-zA-Z_$] [a-zA-Z0-9_$]*
    ;

/** A preprocessing number: covers decimal, octal, hex, binary and floating constants with suffixes. */
Constant
    : ( [0-9] | '.' [0-9] ) ( [0-9a-zA-Z_.] | [eEpP] [+-] )*
    ;

CharacterConstant
    : [LuU]? '\'' ( ~['\\\r\n] | '\\' . )* '\''
    ;

StringLiteral
    : ( 'u8' | [LuU] )? '"' ( ~["\\\r\n] | '\\' . )* '"'
    ;

Ellipsis : '...';
LeftParen : '(';
RightParen : ')';
LeftBracket : '[';
RightBracket : ']';
LeftBrace : '{';
RightBrace : '}';
Semi : ';';
Comma : ',';
Colon : ':';
Question : '?';
Dot : '.';
Arrow : '->';
PlusPlus : '++';
MinusMinus : '--';
AndAnd : '&&';
OrOr : '||';
Assign : '=';
StarAssign : '*=';
DivAssign : '/=';
ModAssign : '%=';
PlusAssign : '+=';
MinusAssign : '-=';
LeftShiftAssign : '<<=';
RightShiftAssign : '>>=';
AndAssign : '&=';
XorAssign : '^=';
OrAssign : '|=';
Equal : '==';
NotEqual : '!=';
LessEqual : '<=';
GreaterEqual : '>=';
LeftShift : '<<';
RightShift : '>>';
Less : '<';
Greater : '>';
Plus : '+';
Minus : '-';
Star : '*';
Div : '/';
Mod : '%';
And : '&';
Or : '|';
Caret : '^';
Not : '!';
Tilde : '~';

Whitespace
    : [ \t\r\n\f\u000B]+ -> skip
    ;

LineContinuation
    : '\\' '\r'? '\n' -> skip
    ;

BlockComment
    : '/*' .*? '*/' -> skip
    ;

LineComment
    : '//' ~[\r\n]* -> skip
    ;

/** Left behind by the preprocessing stage only in odd cases; the parser reports it, the lexer never fails. */
Stray
    : .
    ;
